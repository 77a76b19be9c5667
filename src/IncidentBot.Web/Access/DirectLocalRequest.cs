using System.Net;
using Microsoft.AspNetCore.Http;

namespace IncidentBot.Web.Access;

/// <summary>
/// Whether a request was made on this machine, to this machine: the one rule that admits a request to the web face
/// and the Hangfire dashboard without signing in. Trusting any request from the loopback address would trust anyone on
/// the internet once a reverse proxy on the same host (as the Slack HTTP endpoints need) forwards them: a request that
/// carries a proxy's forwarding header is not direct. A browser on this machine also connects from loopback, whatever
/// page it shows: a page of another site whose name resolves to 127.0.0.1 (DNS rebinding) would be same-origin with the
/// dashboard and could read it, so the Host must be a loopback name (<c>localhost</c>, <c>127.0.0.1</c>, <c>[::1]</c>)
/// with the port the request came in on. Changes also need an antiforgery token, which a cross-site form cannot send.
/// </summary>
public static class DirectLocalRequest
{
    private static readonly string[] ForwardingHeaders = ["Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Real-IP"];

    public static bool Is(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
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
