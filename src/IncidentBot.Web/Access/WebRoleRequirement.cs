using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace IncidentBot.Web.Access;

/// <summary>
/// Met by a signed-in person with one of <see cref="Roles"/>, or by a direct request on this machine
/// (<see cref="DirectLocalRequest"/>), which is the bot's operator and has every role.
/// </summary>
public sealed class WebRoleRequirement(params string[] roles) : AuthorizationHandler<WebRoleRequirement>, IAuthorizationRequirement
{
    public IReadOnlyList<string> Roles { get; } = roles;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, WebRoleRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        var local = context.Resource is HttpContext http && DirectLocalRequest.Is(http);
        if (local || (context.User.Identity?.IsAuthenticated == true && requirement.Roles.Any(context.User.IsInRole)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
