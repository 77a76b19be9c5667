using System.Net;
using Hangfire.Dashboard;

namespace IncidentBot.Hosting;

/// <summary>
/// Admits the Hangfire dashboard to requests made on this machine and nowhere else. Hangfire's own filter trusts
/// any request from the loopback address, and so anyone on the internet once a reverse proxy on the same host
/// (as the Slack HTTP endpoints need) forwards them: a request that carries a proxy's forwarding header is
/// refused too. The dashboard can delete an escalation or requeue a rollback, so it fails closed.
/// </summary>
public sealed class DirectLocalRequestsOnly : IDashboardAuthorizationFilter
{
    private static readonly string[] ForwardingHeaders = ["Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Real-IP"];

    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.GetHttpContext();
        return http.Connection.RemoteIpAddress is { } remote
            && IPAddress.IsLoopback(remote)
            && !ForwardingHeaders.Any(http.Request.Headers.ContainsKey);
    }
}
