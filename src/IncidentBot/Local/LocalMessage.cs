using IncidentBot.Core.Chat;

namespace IncidentBot.Local;

/// <summary>
/// A message in the local workspace. <see cref="VisibleTo"/> is null for everyone in the channel; <see cref="Sent"/> is
/// the bot's message as the core gave it (null for people's messages and the bot's whispers), so a drill can show it
/// as its platform would.
/// </summary>
public sealed record LocalMessage(
    string Id, string ChannelId, string? AuthorId, string AuthorName, string Text, DateTimeOffset At,
    IReadOnlyList<ChatButton> Buttons, string? VisibleTo, IReadOnlyList<string> Attachments, ChatMessage? Sent = null)
{
    public bool FromBot => AuthorId is null;
}
