namespace IncidentBot.Endpoints;

/// <summary>The body of <c>POST /changes</c>.</summary>
public sealed record ChangeRequest(string? Id, string? Service, string? Version, string? Previous, string? By, string? Description, DateTimeOffset? At);
