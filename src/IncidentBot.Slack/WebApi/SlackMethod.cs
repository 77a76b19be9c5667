namespace IncidentBot.Slack.WebApi;

/// <summary>
/// A Web API method as the transport calls it: its name, how its arguments travel and which token it takes.
/// Each method's page on <see href="https://docs.slack.dev/reference/methods"/> lists the content types it
/// accepts; only methods marked as accepting JSON may be sent <see cref="SlackBodyEncoding.Json"/>.
/// </summary>
public sealed record SlackMethod(string Name, SlackBodyEncoding Encoding = SlackBodyEncoding.Json, SlackTokenKind Token = SlackTokenKind.Bot)
{
    /// <summary>
    /// Whether sending the call again is harmless when its outcome is unknown (an attempt timed out, the connection
    /// dropped, Slack answered 5xx). False for calls that would do their work twice (a second message, a second
    /// channel): the transport repeats those only when Slack certainly did nothing (HTTP 429, no connection made),
    /// and the caller finds out what happened by looking (<see cref="SlackApiResilience"/>).
    /// </summary>
    public bool Repeatable { get; init; } = true;
}
