using Hangfire.Dashboard;
using IncidentBot.Web.Access;

namespace IncidentBot.Hosting;

/// <summary>
/// Admits the Hangfire dashboard to a person signed in with the <c>manager</c> role, or to a direct request made on
/// this machine, to this machine (the web face's rule, <see cref="DirectLocalRequest"/>, which says why Hangfire's own
/// loopback filter is not enough). The endpoint also asks for <see cref="WebPolicies.Approve"/>, so someone not signed
/// in is sent to sign in first; this filter is Hangfire's own check of the same, should the endpoint's ever be dropped.
/// Changes also need the antiforgery token of a dashboard page (Hangfire checks it once <c>AddAntiforgery</c> is
/// registered), which a cross-site form cannot send. The dashboard can delete an escalation or requeue a rollback,
/// so it fails closed.
/// </summary>
public sealed class ManagersOrDirectLocalRequests : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.GetHttpContext();
        return DirectLocalRequest.Is(http) || (http.User.Identity?.IsAuthenticated == true && http.User.IsInRole(WebRoles.Manager));
    }
}
