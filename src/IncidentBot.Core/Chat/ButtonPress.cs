namespace IncidentBot.Core.Chat;

/// <summary>A press of a bot button.</summary>
public sealed record ButtonPress(ChatUser User, string ChannelId, string MessageId, string ActionId, string Value, DateTimeOffset At);
