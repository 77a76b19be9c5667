using System.Text.Json.Nodes;

namespace IncidentBot.Slack.WebApi;

/// <summary>
/// Slack answered a Web API call with <c>"ok": false</c>
/// (<see href="https://docs.slack.dev/apis/web-api/#responses">Web API responses</see>). <see cref="Error"/> is
/// Slack's error code (each method's page lists them); <see cref="Messages"/> holds
/// <c>response_metadata.messages</c>, which explain <c>invalid_arguments</c> and similar errors. One code is
/// ours, not Slack's: <c>invalid_response</c>, for an <c>ok:true</c> answer without a field the call needs.
/// </summary>
public class SlackApiException : Exception
{
    public SlackApiException(string method, string error, IReadOnlyList<string>? messages = null, JsonObject? response = null)
        : base(Describe(method, error, messages))
    {
        Method = method;
        Error = error;
        Messages = messages ?? [];
        Response = response;
    }

    /// <summary>The Web API method that failed, e.g. <c>chat.postMessage</c>.</summary>
    public string Method { get; }

    /// <summary>Slack's error code, e.g. <c>channel_not_found</c>.</summary>
    public string Error { get; }

    /// <summary>Slack's explanations from <c>response_metadata.messages</c>, if any.</summary>
    public IReadOnlyList<string> Messages { get; }

    /// <summary>The whole response body (e.g. the per-user <c>errors</c> of <c>conversations.invite</c>), if there was one.</summary>
    public JsonObject? Response { get; }

    private static string Describe(string method, string error, IReadOnlyList<string>? messages) =>
        messages is { Count: > 0 }
            ? $"Slack {method} failed: {error} ({string.Join("; ", messages)})"
            : $"Slack {method} failed: {error}";
}
