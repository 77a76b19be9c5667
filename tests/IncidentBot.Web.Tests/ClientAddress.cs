using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace IncidentBot.Web.Tests;

/// <summary>
/// Where the test's requests seem to come from. The in-memory test server has no connection: this startup filter gives
/// each request the remote address the test chose and, as Kestrel would, the local port the Host header names; and,
/// when <see cref="User"/> is set, that person as signed in, as a sign-in method giving other roles than the admin
/// credential's (OpenID Connect) would leave them.
/// </summary>
public sealed class ClientAddress : IStartupFilter
{
    public IPAddress Address { get; set; } = IPAddress.Loopback;

    public ClaimsPrincipal? User { get; set; }

    /// <summary>Signs the test's requests in as <paramref name="name"/> with <paramref name="role"/>.</summary>
    public void SignedInAs(string name, string role) =>
        User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "test"));

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, nextMiddleware) =>
        {
            http.Connection.RemoteIpAddress = Address;
            http.Connection.LocalPort = http.Request.Host.Port ?? (http.Request.IsHttps ? 443 : 80);
            if (User is { } user)
            {
                http.User = user;
            }
            return nextMiddleware(http);
        });
        next(app);
    };
}
