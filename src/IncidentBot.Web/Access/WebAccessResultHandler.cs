using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace IncidentBot.Web.Access;

/// <summary>
/// What a request the web face refuses is answered with. Not on this machine and no credential configured: 403 with
/// one line naming the keys to set (nobody could sign in, so a sign-in page would only mislead). Not signed in: a page
/// (a GET asking for HTML) is sent to sign in, anything else gets 401. Signed in without the role: 403. Requests to
/// endpoints of other parts of the bot are left to the default handler.
/// </summary>
public sealed class WebAccessResultHandler(IOptions<WebOptions> options) : IAuthorizationMiddlewareResultHandler
{
    public const string NotConfigured =
        "The web face answers only requests made on this machine to localhost; to open it from elsewhere, set Web:Admin:User and Web:Admin:PasswordHash (dotnet run --project src/IncidentBot -- hash-password prints one), or Web:Oidc:Authority and Web:Oidc:ClientId to sign in with the company's identity provider.";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Succeeded || !policy.Requirements.OfType<WebRoleRequirement>().Any())
        {
            await _default.HandleAsync(next, context, policy, authorizeResult).ConfigureAwait(false);
            return;
        }

        if (!options.Value.CanSignIn)
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, NotConfigured).ConfigureAwait(false);
            return;
        }

        if (context.User.Identity?.IsAuthenticated == true)
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "Your sign-in does not have the role this needs.").ConfigureAwait(false);
            return;
        }

        if (IsPageRequest(context.Request))
        {
            context.Response.Redirect(SignInPath.For(context.Request));
            return;
        }

        context.Response.Headers.WWWAuthenticate = "Cookie realm=\"IncidentBot\"";
        await RefuseAsync(context, StatusCodes.Status401Unauthorized, $"Sign in first at {SignInPath.Path}.").ConfigureAwait(false);
    }

    private static bool IsPageRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    internal static Task RefuseAsync(HttpContext context, int status, string line)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return context.Response.WriteAsync(line + "\n", context.RequestAborted);
    }
}
