using IncidentBot.Deploys;
using IncidentBot.Configuration;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Storage;
using IncidentBot.Security;
using Microsoft.Extensions.Options;

namespace IncidentBot.Endpoints;

/// <summary>
/// <c>POST /rollbacks/{id}</c>: the deploy system reports how a rollback ended, signed with the service's
/// secret. The signed body names the rollback (<c>rollbackId</c>), so a callback seen once (in a log, say)
/// cannot be replayed onto another rollback of the service. A repeated callback changes nothing.
/// </summary>
public static class RollbackCallbackEndpoints
{
    public static IEndpointRouteBuilder MapRollbackCallbacks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/rollbacks/{id}", ReceiveAsync);
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(
        string id, HttpRequest request, IRollbackStore rollbacks, IOptions<Dictionary<string, ServiceOptions>> services,
        RollbackCompletion completion, CancellationToken cancellationToken)
    {
        var body = await RawBody.ReadAsync(request, cancellationToken);
        if (body is null)
        {
            return RawBody.TooLarge();
        }

        var rollback = await rollbacks.GetAsync(id, cancellationToken);
        if (rollback is null)
        {
            return RawBody.Problem(StatusCodes.Status404NotFound, $"There is no rollback '{id}'.");
        }

        var secret = services.Value.GetValueOrDefault(rollback.Service)?.Secret;
        var signature = request.Headers[RequestAuthenticator.SignatureHeader].ToString();
        if (string.IsNullOrEmpty(secret) || signature.Length == 0 || !RequestAuthenticator.SignatureMatches(signature, body, secret))
        {
            return RawBody.Problem(StatusCodes.Status401Unauthorized, $"The {RequestAuthenticator.SignatureHeader} header is missing or does not match the body signed with the service's secret.");
        }

        if (RollbackReply.Parse(body) is not { } outcome || outcome.Result == RollbackResult.Pending || RollbackReply.RollbackIdOf(body) != id)
        {
            return RawBody.Problem(StatusCodes.Status400BadRequest, $"Expected {{\"rollbackId\": \"{id}\", \"status\": \"succeeded\"|\"failed\", \"message\": \"...\"}}.");
        }

        var recorded = await completion.CompleteAsync(id, outcome, cancellationToken);
        var status = (await rollbacks.GetAsync(id, cancellationToken))?.Status ?? rollback.Status;
        return Results.Json(new { recorded, status = status.ToString().ToLowerInvariant() });
    }
}
