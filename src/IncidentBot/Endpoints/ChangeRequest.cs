namespace IncidentBot.Endpoints;

/// <summary>A change to record: the body of <c>POST /changes</c>, or what <see cref="Deploys.ChangeRecorder"/> is given in process.</summary>
public sealed record ChangeRequest(string? Id, string? Service, string? Version, string? Previous, string? By, string? Description, DateTimeOffset? At);
