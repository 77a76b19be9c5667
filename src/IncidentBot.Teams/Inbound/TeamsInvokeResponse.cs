using System.Text.Json.Serialization;

namespace IncidentBot.Teams.Inbound;

/// <summary>
/// The body of the HTTP answer to an <c>invoke</c>: for <c>adaptiveCard/action</c> a short message shown to the person
/// who pressed (<c>{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"…"}</c>,
/// https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/user-specific-views).
/// </summary>
public sealed record TeamsInvokeResponse(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] string Value)
{
    public const string MessageType = "application/vnd.microsoft.activity.message";

    public static TeamsInvokeResponse Message(string text) => new(200, MessageType, text);
}
