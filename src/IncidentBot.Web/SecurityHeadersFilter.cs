using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;

namespace IncidentBot.Web;

/// <summary>
/// The headers every page of the web face is sent with: scripts, styles and fetches from this site only (no inline
/// script can run, so text that slipped through encoding still could not), no framing, no sniffing, no referrer to the
/// sites incident pages link to, and no caching of incident data by the browser or a proxy.
/// </summary>
public sealed class SecurityHeadersFilter : IResultFilter
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Apply(context.HttpContext.Response);
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    public static void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-store";
    }
}
