using System.Text.Json.Nodes;

namespace IncidentBot.Teams.Connector;

/// <summary>The body of <c>POST /v3/conversations</c> (the swagger's <c>ConversationParameters</c>), for a 1:1 chat or a new channel thread.</summary>
public sealed record ConversationParameters
{
    public bool IsGroup { get; init; }

    public ConnectorAccount? Bot { get; init; }

    public IReadOnlyList<ConnectorAccount>? Members { get; init; }

    public string? TenantId { get; init; }

    public OutgoingActivity? Activity { get; init; }

    public JsonObject? ChannelData { get; init; }
}
