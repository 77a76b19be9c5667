using IncidentBot.Core.Chat;

namespace IncidentBot.Local;

/// <summary>A message in the local workspace. <see cref="VisibleTo"/> is null for everyone in the channel.</summary>
public sealed record LocalMessage(
    string Id, string ChannelId, string? AuthorId, string AuthorName, string Text, DateTimeOffset At,
    IReadOnlyList<ChatButton> Buttons, string? VisibleTo, IReadOnlyList<string> Attachments)
{
    public bool FromBot => AuthorId is null;
}
