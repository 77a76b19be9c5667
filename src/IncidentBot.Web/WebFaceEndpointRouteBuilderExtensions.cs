using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using IncidentBot.Web.Access;
using IncidentBot.Web.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IncidentBot.Web;

/// <summary>
/// Maps the web face: its pages (<c>/</c>, <c>/incidents/{n}</c>, <c>/incidents/{n}/postmortem</c>, <c>/signin</c>),
/// a postmortem revision's Markdown at <c>/incidents/{n}/postmortem/{revision}.md</c>, and its stylesheet and script.
/// </summary>
public static class WebFaceEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapWebFace(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapRazorPages();
        endpoints.MapGet("/web/{file}", WebAssets.ServeAsync);
        endpoints.MapGet("/incidents/{number:int}/postmortem/{revision:int}.md", DownloadAsync).RequireAuthorization(WebPolicies.Read);
        return endpoints;
    }

    /// <summary>The path of a revision's Markdown file.</summary>
    public static string MarkdownPathOf(int number, int revision) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/incidents/{number}/postmortem/{revision}.md");

    private static async Task<IResult> DownloadAsync(int number, int revision, IPostmortemStore postmortems, CancellationToken cancellationToken) =>
        await postmortems.GetRevisionAsync(number, revision, cancellationToken).ConfigureAwait(false) is { } draft
            ? new ReportResult(draft.Markdown, ReportResult.Markdown, PostmortemFile.NameOf(IncidentKey.Format(number)))
            : Results.NotFound();
}
