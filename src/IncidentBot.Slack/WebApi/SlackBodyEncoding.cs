namespace IncidentBot.Slack.WebApi;

/// <summary>
/// How a Web API call carries its arguments
/// (<see href="https://docs.slack.dev/apis/web-api/#posting-json">posting JSON</see>).
/// </summary>
public enum SlackBodyEncoding
{
    /// <summary><c>application/json; charset=utf-8</c>, for methods that accept JSON.</summary>
    Json,

    /// <summary><c>application/x-www-form-urlencoded</c>; arrays and objects travel as JSON strings.</summary>
    Form,
}
