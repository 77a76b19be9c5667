namespace IncidentBot.Core.Chat;

/// <summary>An emoji reaction added to a message; <see cref="Emoji"/> is its name without colons (<c>pushpin</c>).</summary>
public sealed record MessageReaction(ChatUser User, string ChannelId, string MessageId, string Emoji, DateTimeOffset At);
