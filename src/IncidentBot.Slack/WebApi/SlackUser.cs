namespace IncidentBot.Slack.WebApi;

/// <summary>
/// The parts of a Slack user the bot uses (<see href="https://docs.slack.dev/reference/objects/user-object"/>):
/// <see cref="Email"/> needs the <c>users:read.email</c> scope and is null without it.
/// </summary>
public sealed record SlackUser(string Id, string? Name, string? RealName, string? Email, bool IsBot);
