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
/// not already see; the web dashboard with sign-in is to replace it. <c>/reports/{number}/approved/{approval}?sig=…</c>
/// (and <c>.md</c>) is a manager's approved version, signed for that approval alone.
/// </summary>
public static class ReportEndpoints
{
    public static string PathOf(int incidentNumber, int revision) =>
        string.Create(CultureInfo.InvariantCulture, $"/reports/{incidentNumber}/{revision}");

    public static string ApprovedPathOf(int incidentNumber, int approval) =>
        string.Create(CultureInfo.InvariantCulture, $"/reports/{incidentNumber}/approved/{approval}");

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/{number:int}/{revision:int}", (int number, int revision, string? sig, ReportLinkSigner signer, IPostmortemStore postmortems, CancellationToken cancellationToken) =>
            ReadAsync(number, revision, sig, asMarkdown: false, signer, postmortems, cancellationToken));
        endpoints.MapGet("/reports/{number:int}/{revision:int}.md", (int number, int revision, string? sig, ReportLinkSigner signer, IPostmortemStore postmortems, CancellationToken cancellationToken) =>
            ReadAsync(number, revision, sig, asMarkdown: true, signer, postmortems, cancellationToken));
        endpoints.MapGet("/reports/{number:int}/approved/{approval:int}", (int number, int approval, string? sig, ReportLinkSigner signer, IPostmortemApprovalStore approvals, CancellationToken cancellationToken) =>
            ReadApprovedAsync(number, approval, sig, asMarkdown: false, signer, approvals, cancellationToken));
        endpoints.MapGet("/reports/{number:int}/approved/{approval:int}.md", (int number, int approval, string? sig, ReportLinkSigner signer, IPostmortemApprovalStore approvals, CancellationToken cancellationToken) =>
            ReadApprovedAsync(number, approval, sig, asMarkdown: true, signer, approvals, cancellationToken));
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
        return Answer(draft.Markdown, PostmortemFile.TitleOf(key, revision), PostmortemFile.NameOf(key), revision, sig, asMarkdown);
    }

    private static async Task<IResult> ReadApprovedAsync(
        int number, int approval, string? sig, bool asMarkdown, ReportLinkSigner signer, IPostmortemApprovalStore approvals, CancellationToken cancellationToken)
    {
        if (!signer.VerifiesApproval(number, approval, sig) || await approvals.GetAsync(number, approval, cancellationToken).ConfigureAwait(false) is not { } approved)
        {
            return RawBody.Problem(StatusCodes.Status404NotFound, "There is no such report.");
        }

        var key = IncidentKey.Format(number);
        return Answer(approved.Markdown, PostmortemFile.ApprovedTitleOf(key, approval), PostmortemFile.ApprovedNameOf(key), approval, sig, asMarkdown);
    }

    /// <summary>The report as its Markdown file, or as a page linking to that file (<c>{version}.md</c>, signed alike).</summary>
    private static ReportResult Answer(string markdown, string title, string fileName, int version, string? sig, bool asMarkdown) =>
        asMarkdown
            ? new ReportResult(markdown, ReportResult.Markdown, fileName)
            : new ReportResult(PostmortemPage.Render(title, markdown, $"{version.ToString(CultureInfo.InvariantCulture)}.md?sig={sig}"), ReportResult.Html);
}
