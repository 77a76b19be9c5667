namespace IncidentBot.Slack.WebApi;

/// <summary>A channel the bot created (<see href="https://docs.slack.dev/reference/objects/conversation-object"/>).</summary>
public sealed record SlackChannel(string Id, string Name);
