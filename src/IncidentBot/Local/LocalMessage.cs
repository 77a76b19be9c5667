using System.Globalization;
using System.Text.Json.Serialization;
using IncidentBot.Core.Chat;

namespace IncidentBot.Local;

/// <summary>
/// A message in the local workspace. <see cref="VisibleTo"/> is null for everyone in the channel; <see cref="Sent"/> is
/// the bot's message as the core gave it (null for people's messages and the bot's whispers), so a drill can show it
/// as its platform would. Ids are the workspace's sequence (1, 2, 3 …), across channels.
/// </summary>
public sealed record LocalMessage(
    string Id, string ChannelId, string? AuthorId, string AuthorName, string Text, DateTimeOffset At,
    IReadOnlyList<ChatButton> Buttons, string? VisibleTo, IReadOnlyList<string> Attachments, IReadOnlyList<LocalReaction> Reactions,
    ChatMessage? Sent = null)
{
    [JsonIgnore]
    public bool FromBot => AuthorId is null;

    /// <summary>The message's place in the workspace's sequence: its id as a number.</summary>
    [JsonIgnore]
    public int Sequence => int.Parse(Id, CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="personId"/> sees this message (null: someone who is nobody in particular sees what everyone sees).</summary>
    public bool IsSeenBy(string? personId) => VisibleTo is null || VisibleTo == personId;
}
