using System.Net;
using Hangfire.Dashboard;

namespace IncidentBot.Hosting;

/// <summary>
/// Admits the Hangfire dashboard to requests made on this machine, to this machine, and nowhere else. Hangfire's own
/// filter trusts any request from the loopback address, and so anyone on the internet once a reverse proxy on the
/// same host (as the Slack HTTP endpoints need) forwards them: a request that carries a proxy's forwarding header is
/// refused too. A browser on this machine also connects from loopback, whatever page it shows: a page of another
/// site whose name resolves to 127.0.0.1 (DNS rebinding) would be same-origin with the dashboard and could read it,
/// token included, so the Host must be a loopback name (<c>localhost</c>, <c>127.0.0.1</c>, <c>[::1]</c>) with the
/// port the request came in on. Changes also need the antiforgery token of a dashboard page (Hangfire checks it once
/// <c>AddAntiforgery</c> is registered), which a cross-site form cannot send. The dashboard can delete an escalation
/// or requeue a rollback, so it fails closed.
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
            && !ForwardingHeaders.Any(http.Request.Headers.ContainsKey)
            && NamesThisMachine(http.Request.Host, http.Request.IsHttps ? 443 : 80, http.Connection.LocalPort);
    }

    private static bool NamesThisMachine(HostString host, int defaultPort, int localPort) =>
        host.HasValue
        && (host.Port ?? defaultPort) == localPort
        && (string.Equals(host.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Host, out var address) && IPAddress.IsLoopback(address)));
}
