namespace IncidentBot.Slack.Testing;

/// <summary>A bookmark in a channel's header (<c>bookmarks.add</c>).</summary>
public sealed record FakeSlackBookmark(string Id, string Title, string Type, string? Link);
