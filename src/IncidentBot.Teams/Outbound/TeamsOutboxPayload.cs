using System.Text.Json.Serialization;

namespace IncidentBot.Teams.Outbound;

/// <summary>What a Teams outbox item carries: the card to send, where, and for an update the message it replaces.</summary>
public sealed record TeamsOutboxPayload
{
    /// <summary>The conversation (a channel, a thread <c>19:…;messageid=…</c>, a chat); none for a 1:1 page, found at delivery.</summary>
    [JsonPropertyName("conversation")]
    public string? Conversation { get; init; }

    /// <summary>For a 1:1 message: the person (the bot's id for them).</summary>
    [JsonPropertyName("person")]
    public string? Person { get; init; }

    /// <summary>The Adaptive Card, as JSON text.</summary>
    [JsonPropertyName("card")]
    public string Card { get; init; } = "";

    /// <summary>What notifications show of the card.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; init; }

    /// <summary>For updates: the message to replace, as the core knows it (an outbox id or a Teams activity id).</summary>
    [JsonPropertyName("target")]
    public string? Target { get; init; }

    /// <summary>Raise an activity-feed alert with the message (pages).</summary>
    [JsonPropertyName("alert")]
    public bool Alert { get; init; }
}
