using System.Text.Json.Nodes;

namespace IncidentBot.Teams.Connector;

/// <summary>An attachment of an <see cref="OutgoingActivity"/>: in practice one Adaptive Card, whose JSON is rendered by the Cards code.</summary>
public sealed record ConnectorAttachment(string ContentType, JsonNode Content)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public static ConnectorAttachment AdaptiveCard(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new ConnectorAttachment(AdaptiveCardContentType, card);
    }
}
