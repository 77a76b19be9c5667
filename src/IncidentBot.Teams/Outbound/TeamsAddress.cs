using System.Text.Json.Serialization;

namespace IncidentBot.Teams.Outbound;

/// <summary>Where the bot reaches a conversation: its id, and the regional service address Teams brought it from.</summary>
public sealed record TeamsAddress(
    [property: JsonPropertyName("conversation")] string Conversation,
    [property: JsonPropertyName("serviceUrl")] Uri ServiceUrl);
