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
/// cannot be replayed onto another rollback of the service. A repeated callback changes nothing. The signature is
/// checked before the id is looked up: an unsigned request learns nothing, not even whether the rollback exists.
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

        // Authenticate before looking the id up, so only a holder of a service's secret learns which rollbacks exist.
        var signers = SignersOf(request.Headers[RequestAuthenticator.SignatureHeader].ToString(), body, services.Value);
        if (signers.Count == 0)
        {
            return Unauthenticated();
        }

        var rollback = await rollbacks.GetAsync(id, cancellationToken);
        if (rollback is null)
        {
            return RawBody.Problem(StatusCodes.Status404NotFound, $"There is no rollback '{id}'.");
        }

        if (!signers.Contains(rollback.Service))
        {
            return Unauthenticated();
        }

        if (RollbackReply.Parse(body) is not { } outcome || outcome.Result == RollbackResult.Pending || RollbackReply.RollbackIdOf(body) != id)
        {
            return RawBody.Problem(StatusCodes.Status400BadRequest, $"Expected {{\"rollbackId\": \"{id}\", \"status\": \"succeeded\"|\"failed\", \"message\": \"...\"}}.");
        }

        var recorded = await completion.CompleteAsync(id, outcome, cancellationToken);
        var status = (await rollbacks.GetAsync(id, cancellationToken))?.Status ?? rollback.Status;
        return Results.Json(new { recorded, status = status.ToString().ToLowerInvariant() });
    }

    /// <summary>The services whose secret signed the body; none when the signature is missing or matches no secret.</summary>
    private static HashSet<string> SignersOf(string signature, byte[] body, Dictionary<string, ServiceOptions> services) =>
        signature.Length == 0
            ? []
            : services.Where(s => !string.IsNullOrEmpty(s.Value.Secret) && RequestAuthenticator.SignatureMatches(signature, body, s.Value.Secret))
                .Select(s => s.Key)
                .ToHashSet(services.Comparer);

    private static IResult Unauthenticated() =>
        RawBody.Problem(StatusCodes.Status401Unauthorized, $"The {RequestAuthenticator.SignatureHeader} header is missing or does not match the body signed with the service's secret.");
}
