namespace IncidentBot.Slack.WebApi;

/// <summary>
/// A Web API method as the transport calls it: its name, how its arguments travel and which token it takes.
/// Each method's page on <see href="https://docs.slack.dev/reference/methods"/> lists the content types it
/// accepts; only methods marked as accepting JSON may be sent <see cref="SlackBodyEncoding.Json"/>.
/// </summary>
public sealed record SlackMethod(string Name, SlackBodyEncoding Encoding = SlackBodyEncoding.Json, SlackTokenKind Token = SlackTokenKind.Bot);
