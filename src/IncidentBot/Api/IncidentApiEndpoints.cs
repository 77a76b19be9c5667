using IncidentBot.Core.Storage;
using IncidentBot.Security;

namespace IncidentBot.Api;

/// <summary><c>GET /api/incidents</c> and <c>GET /api/incidents/{number}</c>, behind the API bearer token.</summary>
public static class IncidentApiEndpoints
{
    public static IEndpointRouteBuilder MapIncidentApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/incidents").AddEndpointFilter(async (context, next) =>
        {
            var secrets = context.HttpContext.RequestServices.GetRequiredService<SecretBook>();
            return RequestAuthenticator.BearerMatches(context.HttpContext.Request, secrets.ApiToken)
                ? await next(context)
                : Endpoints.RawBody.Problem(StatusCodes.Status401Unauthorized, "missing or wrong 'Authorization: Bearer <IncidentBot:ApiToken>' header");
        });
        api.MapGet("/", async (IIncidentStore incidents, CancellationToken cancellationToken) =>
            Results.Json((await incidents.ListAsync(cancellationToken)).Select(IncidentJson.From), ApiJson.Options));
        api.MapGet("/{number:int}", async (int number, IIncidentStore incidents, CancellationToken cancellationToken) =>
            await incidents.GetAsync(number, cancellationToken) is { } incident
                ? Results.Json(IncidentJson.From(incident), ApiJson.Options)
                : Endpoints.RawBody.Problem(StatusCodes.Status404NotFound, $"There is no incident {number}."));
        return endpoints;
    }
}
