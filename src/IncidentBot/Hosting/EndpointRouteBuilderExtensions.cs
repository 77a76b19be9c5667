using Hangfire;
using IncidentBot.Api;
using IncidentBot.Configuration;
using IncidentBot.Endpoints;
using IncidentBot.Local;
using Microsoft.Extensions.Options;

namespace IncidentBot.Hosting;

/// <summary>Maps every HTTP endpoint of the bot.</summary>
public static class EndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapIncidentBot(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/healthz", () => Results.Json(new { status = "ok" }));
        endpoints.MapAlerts();
        endpoints.MapChanges();
        endpoints.MapRollbackCallbacks();
        endpoints.MapIncidentApi();
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<BotOptions>>().Value.Platform == "local")
        {
            endpoints.MapLocalWorkspace();
        }

        // Hangfire's default dashboard authorization admits local requests only.
        endpoints.MapHangfireDashboard("/hangfire");
        return endpoints;
    }
}
