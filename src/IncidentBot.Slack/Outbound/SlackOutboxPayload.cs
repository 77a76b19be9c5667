using System.Text.Json.Serialization;

namespace IncidentBot.Slack.Outbound;

/// <summary>What a Slack outbox item carries; which fields are set depends on its kind.</summary>
public sealed record SlackOutboxPayload
{
    [JsonPropertyName("channel")]
    public string? Channel { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>Block Kit blocks as JSON text.</summary>
    [JsonPropertyName("blocks")]
    public string? Blocks { get; init; }

    /// <summary>For updates: the message to change, as the core knows it (an outbox id or a <c>ts</c>).</summary>
    [JsonPropertyName("target")]
    public string? Target { get; init; }

    [JsonPropertyName("people")]
    public IReadOnlyList<string>? People { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("fileName")]
    public string? FileName { get; init; }

    [JsonPropertyName("content")]
    public string? Content { get; init; }
}
