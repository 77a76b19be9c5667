using System.Text.Json;
using IncidentBot.Core.Rollbacks;

namespace IncidentBot.Deploys;

/// <summary>
/// Reads a deploy system's answer about a rollback, from its reply or its callback:
/// <c>{"status": "succeeded"|"failed"|"accepted", "message": "..."}</c>.
/// </summary>
public static class RollbackReply
{
    /// <summary>The <c>rollbackId</c> a callback names, or null when it names none (or is not JSON).</summary>
    public static string? RollbackIdOf(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("rollbackId", out var id) && id.ValueKind == JsonValueKind.String
                    ? id.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The outcome, or null when the JSON is not such an answer.</summary>
    public static RollbackOutcome? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                return null;
            }

            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            return status.GetString()?.ToLowerInvariant() switch
            {
                "succeeded" or "success" or "ok" => RollbackOutcome.Succeeded(message),
                "failed" or "failure" or "error" => RollbackOutcome.Failed(message),
                "accepted" or "pending" or "running" => RollbackOutcome.Pending,
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
