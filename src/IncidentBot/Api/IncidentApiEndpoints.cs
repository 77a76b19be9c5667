using IncidentBot.Core.Storage;
using IncidentBot.Security;

namespace IncidentBot.Api;

/// <summary><c>GET /api/incidents</c> and <c>GET /api/incidents/{number}</c>, behind the API bearer token.</summary>
public static class IncidentApiEndpoints
{
    public static IEndpointRouteBuilder MapIncidentApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/incidents").AddEndpointFilter<ApiTokenFilter>();
        api.MapGet("/", async (IIncidentStore incidents, CancellationToken cancellationToken) =>
            Results.Json((await incidents.ListAsync(cancellationToken)).Select(IncidentJson.From), ApiJson.Options));
        api.MapGet("/{number:int}", async (int number, IIncidentStore incidents, CancellationToken cancellationToken) =>
            await incidents.GetAsync(number, cancellationToken) is { } incident
                ? Results.Json(IncidentJson.From(incident), ApiJson.Options)
                : Endpoints.RawBody.Problem(StatusCodes.Status404NotFound, $"There is no incident {number}."));
        return endpoints;
    }
}
