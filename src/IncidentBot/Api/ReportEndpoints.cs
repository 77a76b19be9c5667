using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using IncidentBot.Endpoints;
using IncidentBot.Web.Reports;
using IncidentBot.Security;

namespace IncidentBot.Api;

/// <summary>
/// Report links people open from chat without the API token: <c>/reports/{number}/{revision}?sig=…</c> is that
/// postmortem revision as a page, <c>/reports/{number}/{revision}.md?sig=…</c> its Markdown file to download. The
/// signature (<see cref="ReportLinkSigner"/>) is for that one revision; without it, with another, or for a revision that
/// does not exist, the answer is the same 404, so a guess learns nothing. The link is posted only where the report
/// itself is posted (the incident's place, the reports channel, the managers 1:1), so it shows nobody anything they do
/// not already see; the web dashboard with sign-in is to replace it.
/// </summary>
public static class ReportEndpoints
{
    public static string PathOf(int incidentNumber, int revision) =>
        string.Create(CultureInfo.InvariantCulture, $"/reports/{incidentNumber}/{revision}");

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/{number:int}/{revision:int}", (int number, int revision, string? sig, ReportLinkSigner signer, IPostmortemStore postmortems, CancellationToken cancellationToken) =>
            ReadAsync(number, revision, sig, asMarkdown: false, signer, postmortems, cancellationToken));
        endpoints.MapGet("/reports/{number:int}/{revision:int}.md", (int number, int revision, string? sig, ReportLinkSigner signer, IPostmortemStore postmortems, CancellationToken cancellationToken) =>
            ReadAsync(number, revision, sig, asMarkdown: true, signer, postmortems, cancellationToken));
        return endpoints;
    }

    private static async Task<IResult> ReadAsync(
        int number, int revision, string? sig, bool asMarkdown, ReportLinkSigner signer, IPostmortemStore postmortems, CancellationToken cancellationToken)
    {
        if (!signer.Verifies(number, revision, sig) || await postmortems.GetRevisionAsync(number, revision, cancellationToken).ConfigureAwait(false) is not { } draft)
        {
            return RawBody.Problem(StatusCodes.Status404NotFound, "There is no such report.");
        }

        var key = IncidentKey.Format(number);
        return asMarkdown
            ? new ReportResult(draft.Markdown, ReportResult.Markdown, PostmortemFile.NameOf(key))
            : new ReportResult(PostmortemPage.Render(PostmortemFile.TitleOf(key, revision), draft.Markdown, $"{revision.ToString(CultureInfo.InvariantCulture)}.md?sig={sig}"), ReportResult.Html);
    }
}
