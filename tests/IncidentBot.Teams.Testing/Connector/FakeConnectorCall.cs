using System.Text.Json.Nodes;

namespace IncidentBot.Teams.Testing.Connector;

/// <summary>
/// One request as <see cref="FakeBotConnector"/> received it: <see cref="Path"/> exactly as sent (escaped, without the query),
/// <see cref="Operation"/> the swagger operation it matched (null when none), <see cref="PathValues"/> its
/// parameters unescaped, and the answer's <see cref="StatusCode"/>.
/// </summary>
public sealed record FakeConnectorCall(
    string HttpMethod,
    string Path,
    string Query,
    string? Operation,
    IReadOnlyDictionary<string, string> PathValues,
    JsonNode? Body,
    string? Token,
    DateTimeOffset At)
{
    public int StatusCode { get; internal set; }

    /// <summary>A path parameter (e.g. <c>conversationId</c>), unescaped; null when the route has none by that name.</summary>
    public string? Value(string name) => PathValues.TryGetValue(name, out var value) ? value : null;
}
