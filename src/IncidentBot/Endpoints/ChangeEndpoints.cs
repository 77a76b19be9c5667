using System.Text.Json;
using IncidentBot.Deploys;
using IncidentBot.Security;

namespace IncidentBot.Endpoints;

/// <summary><c>POST /changes</c>: a deploy system reports a deploy; kept per service for suspects and rollbacks (<see cref="ChangeRecorder"/>).</summary>
public static class ChangeEndpoints
{
    public static IEndpointRouteBuilder MapChanges(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/changes", ReceiveAsync);
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, SecretBook secrets, ChangeRecorder recorder, CancellationToken cancellationToken)
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

        var recording = await recorder.RecordAsync(change ?? new ChangeRequest(null, null, null, null, null, null, null), cancellationToken);
        return recording.Refusal is { } refused
            ? RawBody.Problem(StatusCodes.Status400BadRequest, refused)
            : Results.Json(new { recorded = recording.Recorded }, statusCode: recording.Recorded ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }
}
