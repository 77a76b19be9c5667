using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using IncidentBot.Web.Access;
using IncidentBot.Web.Metrics;
using IncidentBot.Web.Playground;
using IncidentBot.Web.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Web;

/// <summary>
/// Maps the web face: its pages (<c>/incidents</c>, <c>/incidents/{n}</c>, <c>/incidents/{n}/postmortem</c>,
/// <c>/incidents/{n}/postmortem/approve</c>, <c>/metrics</c>, <c>/signin</c>, and <c>/playground</c> on the local platform;
/// <c>/</c> is the playground there, else the dashboard), the start of signing in with the identity provider
/// (<c>/signin/oidc</c>), a postmortem revision's Markdown at
/// <c>/incidents/{n}/postmortem/{revision}.md</c>, an approved version's at <c>/incidents/{n}/postmortem/approved/{approval}.md</c>,
/// the metrics as <c>/metrics.csv</c> and <c>/metrics.json</c> (<see cref="MetricsDownloads"/>), and its stylesheet and scripts.
/// </summary>
public static class WebFaceEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapWebFace(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapRazorPages();
        endpoints.MapGet("/web/{file}", WebAssets.ServeAsync);
        endpoints.MapGet(OidcSignIn.ChallengePath, OidcSignIn.ChallengeAsync).AllowAnonymous();
        endpoints.MapGet("/incidents/{number:int}/postmortem/{revision:int}.md", DownloadAsync).RequireAuthorization(WebPolicies.Read);
        endpoints.MapGet("/incidents/{number:int}/postmortem/approved/{approval:int}.md", DownloadApprovedAsync).RequireAuthorization(WebPolicies.Read);
        if (endpoints.ServiceProvider.GetRequiredService<IServiceProviderIsService>().IsService(typeof(IPlaygroundWorkspace)))
        {
            // Asked every second by the playground's script: a number, so a page re-reads itself only when something changed.
            endpoints.MapGet(PlaygroundReader.Path + "/version", (IPlaygroundWorkspace workspace) =>
                    Results.Text(workspace.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), "text/plain; charset=utf-8"))
                .RequireAuthorization(WebPolicies.Read);
        }

        endpoints.MapMetricsDownloads();
        return endpoints;
    }

    /// <summary>The path of a revision's Markdown file.</summary>
    public static string MarkdownPathOf(int number, int revision) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/incidents/{number}/postmortem/{revision}.md");

    /// <summary>The path of an approved version's Markdown file.</summary>
    public static string ApprovedMarkdownPathOf(int number, int approval) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/incidents/{number}/postmortem/approved/{approval}.md");

    private static async Task<IResult> DownloadApprovedAsync(int number, int approval, IPostmortemApprovalStore approvals, CancellationToken cancellationToken) =>
        await approvals.GetAsync(number, approval, cancellationToken).ConfigureAwait(false) is { } approved
            ? new ReportResult(approved.Markdown, ReportResult.Markdown, PostmortemFile.ApprovedNameOf(IncidentKey.Format(number)))
            : Results.NotFound();

    private static async Task<IResult> DownloadAsync(int number, int revision, IPostmortemStore postmortems, CancellationToken cancellationToken) =>
        await postmortems.GetRevisionAsync(number, revision, cancellationToken).ConfigureAwait(false) is { } draft
            ? new ReportResult(draft.Markdown, ReportResult.Markdown, PostmortemFile.NameOf(IncidentKey.Format(number)))
            : Results.NotFound();
}
