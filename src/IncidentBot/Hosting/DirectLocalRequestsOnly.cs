using Hangfire.Dashboard;
using IncidentBot.Web.Access;

namespace IncidentBot.Hosting;

/// <summary>
/// Admits the Hangfire dashboard to direct requests made on this machine, to this machine, and nowhere else: the web
/// face's rule (<see cref="DirectLocalRequest"/>, which says why Hangfire's own loopback filter is not enough). Changes
/// also need the antiforgery token of a dashboard page (Hangfire checks it once <c>AddAntiforgery</c> is registered),
/// which a cross-site form cannot send. The dashboard can delete an escalation or requeue a rollback, so it fails closed.
/// </summary>
public sealed class DirectLocalRequestsOnly : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return DirectLocalRequest.Is(context.GetHttpContext());
    }
}
