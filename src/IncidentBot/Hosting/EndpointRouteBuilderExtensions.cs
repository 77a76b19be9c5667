using IncidentBot.Api;
using IncidentBot.Endpoints;
using IncidentBot.Local;

namespace IncidentBot.Hosting;

/// <summary>Maps every HTTP endpoint of the bot.</summary>
public static class EndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapIncidentBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Json(new { status = "ok" }));
        endpoints.MapAlerts();
        endpoints.MapChanges();
        endpoints.MapRollbackCallbacks();
        endpoints.MapIncidentApi();
        endpoints.MapLocalWorkspace();
        return endpoints;
    }
}
