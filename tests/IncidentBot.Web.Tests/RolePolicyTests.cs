using System.Security.Claims;
using IncidentBot.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Web.Tests;

/// <summary>
/// The roles as the bot's own authorization service applies them: viewers read, responders act, managers approve;
/// the operator on this machine does everything; nobody else does anything.
/// </summary>
public sealed class RolePolicyTests : WebBot
{
    [Theory]
    [InlineData(WebRoles.Viewer, WebPolicies.Read, true)]
    [InlineData(WebRoles.Viewer, WebPolicies.Act, false)]
    [InlineData(WebRoles.Viewer, WebPolicies.Approve, false)]
    [InlineData(WebRoles.Responder, WebPolicies.Read, true)]
    [InlineData(WebRoles.Responder, WebPolicies.Act, true)]
    [InlineData(WebRoles.Responder, WebPolicies.Approve, false)]
    [InlineData(WebRoles.Manager, WebPolicies.Read, true)]
    [InlineData(WebRoles.Manager, WebPolicies.Act, false)]
    [InlineData(WebRoles.Manager, WebPolicies.Approve, true)]
    [InlineData(null, WebPolicies.Read, false)]
    public async Task Policy_FromElsewhere_AllowsOnlyWhatTheRoleMayDo(string? role, string policy, bool allowed)
    {
        var user = role is null
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "pat"), new Claim(ClaimTypes.Role, role)], "test"));

        var result = await AuthorizeAsync(user, policy, Request(WebBot.Elsewhere, "bot.example.com"));

        Assert.Equal(allowed, result);
    }

    [Theory]
    [InlineData(WebPolicies.Read)]
    [InlineData(WebPolicies.Act)]
    [InlineData(WebPolicies.Approve)]
    public async Task Policy_DirectOnThisMachine_AllowsEverythingWithoutSigningIn(string policy)
    {
        var result = await AuthorizeAsync(new ClaimsPrincipal(new ClaimsIdentity()), policy, Request(System.Net.IPAddress.IPv6Loopback, "[::1]"));

        Assert.True(result);
    }

    private async Task<bool> AuthorizeAsync(ClaimsPrincipal user, string policy, HttpContext request)
    {
        _ = Bot.CreateClient();
        var authorization = Services.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(user, request, policy)).Succeeded;
    }

    private static DefaultHttpContext Request(System.Net.IPAddress from, string host)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = from;
        http.Connection.LocalPort = 80;
        http.Request.Host = new HostString(host);
        return http;
    }
}
