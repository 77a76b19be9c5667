using System.Text.Json.Serialization;

namespace IncidentBot.Teams.Inbound;

/// <summary>The <c>task</c> of a <see cref="TeamsTaskResponse"/>: <c>type</c> <c>message</c> and the text shown.</summary>
public sealed record TeamsTaskMessage(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] string Value);
