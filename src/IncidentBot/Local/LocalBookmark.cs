namespace IncidentBot.Local;

/// <summary>A link kept at hand in a local channel (a Slack bookmark), e.g. the dashboard an alert points to.</summary>
public sealed record LocalBookmark(string Title, Uri Link);
