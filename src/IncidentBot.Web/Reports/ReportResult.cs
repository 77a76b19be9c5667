using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace IncidentBot.Web.Reports;

/// <summary>
/// A postmortem revision as an answer: <c>text/markdown; charset=utf-8</c> (as a download when it has a file name) or
/// the HTML page (<see cref="PostmortemPage"/>). Every answer forbids scripts, frames and being cached, and sends no
/// referrer, so the signed address of a report link does not travel on to the sites the report links to.
/// </summary>
public sealed class ReportResult(string body, string contentType, string? fileName = null) : IResult
{
    public const string Markdown = "text/markdown; charset=utf-8";

    public const string Html = "text/html; charset=utf-8";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-store";
        if (fileName is not null)
        {
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        }

        await response.WriteAsync(body, Encoding.UTF8, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
