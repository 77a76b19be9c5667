using IncidentBot.Web.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IncidentBot.Web.Tests.Oidc;

/// <summary>
/// Endpoints that need each of the web face's policies, put in front of the bot's own, so a test can see what a
/// signed-in person may do before the pages that act or approve exist: <c>POST /probe/act</c> (responders) and
/// <c>POST /probe/approve</c> (managers), answered by the bot's real authorization middleware and refusals.
/// </summary>
public sealed class PolicyProbes : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map("/probe", probe =>
        {
            probe.UseRouting();
            probe.UseAuthentication();
            probe.UseAuthorization();
            probe.UseEndpoints(endpoints =>
            {
                endpoints.MapPost("/act", () => Results.Text("acted")).RequireAuthorization(WebPolicies.Act);
                endpoints.MapPost("/approve", () => Results.Text("approved")).RequireAuthorization(WebPolicies.Approve);
            });
        });
        next(app);
    };
}
