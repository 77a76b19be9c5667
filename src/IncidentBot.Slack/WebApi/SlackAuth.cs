namespace IncidentBot.Slack.WebApi;

/// <summary>
/// Who a token belongs to, from <see href="https://docs.slack.dev/reference/methods/auth.test">auth.test</see>:
/// the workspace address and ids, and <see cref="BotId"/> for bot tokens.
/// </summary>
public sealed record SlackAuth(Uri Url, string Team, string TeamId, string User, string UserId, string? BotId);
