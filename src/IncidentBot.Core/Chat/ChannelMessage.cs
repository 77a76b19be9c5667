namespace IncidentBot.Core.Chat;

/// <summary>A human message seen in a channel (new or edited).</summary>
public sealed record ChannelMessage(ChatUser User, string ChannelId, string MessageId, string Text, DateTimeOffset At, string? Permalink);
