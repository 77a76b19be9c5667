namespace IncidentBot.Teams.Connector;

/// <summary>The Bot Connector's <c>{"id": …}</c> answer to a sent or updated activity.</summary>
internal sealed record ResourceResponse(string? Id);
