using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IncidentBot.Core.Changes;
using IncidentBot.Core.Time;
using IncidentBot.Core.Workflow;
using IncidentBot.Security;

namespace IncidentBot.Endpoints;

/// <summary><c>POST /changes</c>: a deploy system reports a deploy; kept per service for suspects and rollbacks.</summary>
public static class ChangeEndpoints
{
    /// <summary>The longest id, service or version taken: they are indexed, and the database indexes about 1 KB at most.</summary>
    public const int LongestName = 200;

    public static IEndpointRouteBuilder MapChanges(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/changes", ReceiveAsync);
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, SecretBook secrets, ChangeIntake intake, TimeProvider time, CancellationToken cancellationToken)
    {
        var (body, refusal) = await AuthenticatedBody.ReadAsync(request, secrets.Changes, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        ChangeRequest? change;
        try
        {
            change = JsonSerializer.Deserialize<ChangeRequest>(body, JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            return RawBody.Problem(StatusCodes.Status400BadRequest, $"The body is not a change: {e.Message}");
        }

        if (change is null || string.IsNullOrWhiteSpace(change.Service) || string.IsNullOrWhiteSpace(change.Version))
        {
            return RawBody.Problem(StatusCodes.Status400BadRequest, "A change needs 'service' and 'version' (optional: id, previous, by, description, at).");
        }

        if (new[] { change.Id, change.Service, change.Version, change.Previous }.Any(field => field?.Length > LongestName))
        {
            return RawBody.Problem(StatusCodes.Status400BadRequest, $"'id', 'service', 'version' and 'previous' are at most {LongestName} characters.");
        }

        if (change.At is { } sentAt && !PlausibleTimes.Contains(sentAt))
        {
            return RawBody.Problem(StatusCodes.Status400BadRequest, $"'at' is {sentAt:O}, not a time a deploy can have ({PlausibleTimes.Range}).");
        }

        var at = change.At?.ToUniversalTime() ?? time.GetUtcNow();
        var received = new ChangeEvent
        {
            Id = string.IsNullOrWhiteSpace(change.Id) ? ContentId(change.Service, change.Version, at) : change.Id.Trim(),
            Service = change.Service.Trim(), Version = change.Version.Trim(), Previous = change.Previous?.Trim(),
            By = change.By?.Trim(), Description = change.Description?.Trim(), At = at,
        };
        var anonymous = string.IsNullOrWhiteSpace(change.Id) && change.At is null;
        var repeated = anonymous ? await intake.FindRepeatOfAsync(received, cancellationToken) : null;
        var recorded = await intake.RecordAsync(repeated ?? received, cancellationToken);
        return Results.Json(new { recorded }, statusCode: recorded ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>
    /// An id from the content, so a sender that gives no id has its retries deduplicated (with no time either,
    /// a retry is found as a recent change of the same content instead: <see cref="ChangeIntake.FindRepeatOfAsync"/>).
    /// </summary>
    private static string ContentId(string service, string version, DateTimeOffset at) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{service}|{version}|{at.ToUnixTimeMilliseconds()}")))[..16];
}
