namespace IncidentBot.Slack.Testing;

/// <summary>A channel's mutable state inside the fake (guarded by the workspace's lock).</summary>
internal sealed class ChannelState(string id, string name, bool isPrivate, string? directMessageUser, long created, string creator)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public bool IsPrivate { get; } = isPrivate;

    public string? DirectMessageUser { get; } = directMessageUser;

    public long Created { get; } = created;

    /// <summary>Who created it: the bot for channels it created, someone else for those a test seeds.</summary>
    public string Creator { get; } = creator;

    public string? Topic { get; set; }

    public HashSet<string> Members { get; } = new(StringComparer.Ordinal);

    public List<MessageState> Messages { get; } = [];

    public List<string> Pins { get; } = [];

    public List<FakeSlackBookmark> Bookmarks { get; } = [];

    public List<FakeSlackEphemeral> Ephemerals { get; } = [];

    public FakeSlackChannel Snapshot() =>
        new(Id, Name, IsPrivate, DirectMessageUser, Topic, [.. Members.Order(StringComparer.Ordinal)], [.. Pins], [.. Bookmarks]);
}
