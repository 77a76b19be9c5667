namespace IncidentBot.Teams.Testing.Connector;

/// <summary>One operation of the Bot Connector swagger: its route template, method, id and body schema (a definition name), if any.</summary>
public sealed record SwaggerOperation(string Template, string Method, string OperationId, string? BodyDefinition);
