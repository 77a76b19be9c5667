namespace IncidentBot.Slack.WebApi;

/// <summary>
/// A channel (<see href="https://docs.slack.dev/reference/objects/conversation-object"/>): its id and name, and, where
/// Slack lists it, who created it and when.
/// </summary>
public sealed record SlackChannel(string Id, string Name, string? Creator = null, DateTimeOffset? Created = null);
