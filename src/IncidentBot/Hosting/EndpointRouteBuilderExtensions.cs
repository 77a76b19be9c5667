using Hangfire;
using IncidentBot.Api;
using IncidentBot.Endpoints;
using IncidentBot.Web;
using IncidentBot.Web.Access;

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
        endpoints.MapMetricsApi();
        endpoints.MapReports();
        endpoints.MapCalendars();
        endpoints.MapChatPlatform(endpoints.ServiceProvider.GetRequiredService<ActivePlatform>().Kind);
        endpoints.MapWebFace();

        // Managers only (or the operator on this machine): the dashboard can delete an escalation or requeue a rollback.
        endpoints.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new ManagersOrDirectLocalRequests()] })
            .RequireAuthorization(WebPolicies.Approve);
        return endpoints;
    }
}
