using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace IncidentBot.Web.Tests;

/// <summary>
/// Where the test's requests seem to come from. The in-memory test server has no connection: this startup filter gives
/// each request the remote address the test chose and, as Kestrel would, the local port the Host header names.
/// </summary>
public sealed class ClientAddress : IStartupFilter
{
    public IPAddress Address { get; set; } = IPAddress.Loopback;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, nextMiddleware) =>
        {
            http.Connection.RemoteIpAddress = Address;
            http.Connection.LocalPort = http.Request.Host.Port ?? (http.Request.IsHttps ? 443 : 80);
            return nextMiddleware(http);
        });
        next(app);
    };
}
