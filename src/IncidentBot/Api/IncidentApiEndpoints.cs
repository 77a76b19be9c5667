using IncidentBot.Core.Storage;
using IncidentBot.Endpoints;
using IncidentBot.Security;

namespace IncidentBot.Api;

/// <summary>
/// <c>GET /api/incidents</c> (a page, newest first; the next one is in the <c>Link</c> header),
/// <c>GET /api/incidents/{number}</c> and its drafted postmortem (<see cref="PostmortemApi"/>), behind the API bearer token.
/// </summary>
public static class IncidentApiEndpoints
{
    public static IEndpointRouteBuilder MapIncidentApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/incidents").AddEndpointFilter<ApiTokenFilter>();
        api.MapGet("/", ListAsync);
        api.MapGet("/{number:int}", async (int number, IIncidentStore incidents, CancellationToken cancellationToken) =>
            await incidents.GetAsync(number, cancellationToken) is { } incident
                ? Results.Json(IncidentJson.From(incident), ApiJson.Options)
                : RawBody.Problem(StatusCodes.Status404NotFound, $"There is no incident {number}."));
        api.MapGet("/{number:int}/postmortem", PostmortemApi.GetAsync);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(HttpContext http, string? limit, string? cursor, IIncidentStore incidents, CancellationToken cancellationToken)
    {
        if (!IncidentPageRequest.TryRead(limit, cursor, out var page, out var error))
        {
            return RawBody.Problem(StatusCodes.Status400BadRequest, error);
        }

        // One more than asked for tells whether a next page exists without counting the rest.
        var found = await incidents.ListPageAsync(page.BelowNumber, page.Limit + 1, cancellationToken);
        var shown = found.Take(page.Limit).ToList();
        if (found.Count > page.Limit)
        {
            var next = $"{http.Request.PathBase}/api/incidents?limit={page.Limit}&cursor={IncidentPageRequest.CursorAfter(shown[^1].Number)}";
            http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        }

        return Results.Json(shown.Select(IncidentJson.From), ApiJson.Options);
    }
}
