namespace IncidentBot.Slack.Testing;

/// <summary>A channel (or the bot's DM with <see cref="DirectMessageUser"/>) as it is now.</summary>
public sealed record FakeSlackChannel(
    string Id,
    string Name,
    bool IsPrivate,
    string? DirectMessageUser,
    string? Topic,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> PinnedTs,
    IReadOnlyList<FakeSlackBookmark> Bookmarks);
