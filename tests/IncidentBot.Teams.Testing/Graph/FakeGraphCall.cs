using System.Text.Json.Nodes;

namespace IncidentBot.Teams.Testing.Graph;

/// <summary>One request <see cref="FakeGraph"/> received, with the status it answered.</summary>
public sealed record FakeGraphCall(string Method, string Path, string Query, JsonNode? Body, string? Token, int StatusCode, DateTimeOffset At);
