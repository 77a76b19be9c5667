namespace IncidentBot.Api;

/// <summary>Response metrics in seconds; null until reached.</summary>
public sealed record MetricsJson(double? TimeToAcknowledgeSeconds, double? TimeToMitigateSeconds, double? TimeToResolveSeconds);
