using System.Text.Json;

namespace IncidentBot.Tests.Rollbacks;

/// <summary>One request as the fake deploy webhook received it: the raw body and every header.</summary>
public sealed record WebhookRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name);

    public JsonElement Json() => JsonDocument.Parse(Body).RootElement.Clone();
}
