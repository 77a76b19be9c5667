using Microsoft.AspNetCore.Authorization;

namespace IncidentBot.Web.Access;

/// <summary>
/// The authorization policies pages and endpoints of the web face ask for by name (<c>[Authorize(Policy = …)]</c>,
/// <c>RequireAuthorization(…)</c>): <see cref="Read"/> for every page, <see cref="Act"/> for what a responder does,
/// <see cref="Approve"/> for what only a manager does. Each is one <see cref="WebRoleRequirement"/>.
/// </summary>
public static class WebPolicies
{
    public const string Read = "web-read";

    public const string Act = "web-act";

    public const string Approve = "web-approve";

    /// <summary>The cookie scheme people sign in with.</summary>
    public const string CookieScheme = "IncidentBot.Web";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Read, policy => policy.AddRequirements(new WebRoleRequirement(WebRoles.Viewer, WebRoles.Responder, WebRoles.Manager)));
        options.AddPolicy(Act, policy => policy.AddRequirements(new WebRoleRequirement(WebRoles.Responder)));
        options.AddPolicy(Approve, policy => policy.AddRequirements(new WebRoleRequirement(WebRoles.Manager)));
    }
}
