namespace IncidentBot.Slack.Testing;

/// <summary>How a recorded Web API call carried its arguments.</summary>
public enum FakeBodyKind
{
    /// <summary>No body (arguments, if any, in the query string).</summary>
    None,

    /// <summary><c>application/x-www-form-urlencoded</c>.</summary>
    Form,

    /// <summary><c>application/json</c>.</summary>
    Json,

    /// <summary>Anything else (multipart, text …) or JSON that does not parse.</summary>
    Other,
}
