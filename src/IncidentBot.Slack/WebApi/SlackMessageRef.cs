namespace IncidentBot.Slack.WebApi;

/// <summary>
/// Where a posted message lives: the channel id Slack answered with (a <c>D…</c> id when posted to a user)
/// and its <c>ts</c>, which is the message's id (<see href="https://docs.slack.dev/reference/methods/chat.postMessage"/>).
/// </summary>
public sealed record SlackMessageRef(string Channel, string Ts);
