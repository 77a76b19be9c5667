using IncidentBot.Endpoints;

namespace IncidentBot.Security;

/// <summary>Admits requests carrying <c>Authorization: Bearer &lt;IncidentBot:ApiToken&gt;</c>; answers 401 otherwise.</summary>
public sealed class ApiTokenFilter(SecretBook secrets) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return RequestAuthenticator.BearerMatches(context.HttpContext.Request, secrets.ApiToken)
            ? await next(context).ConfigureAwait(false)
            : RawBody.Problem(StatusCodes.Status401Unauthorized, "missing or wrong 'Authorization: Bearer <IncidentBot:ApiToken>' header");
    }
}
