using System.Globalization;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using IncidentBot.Endpoints;
using IncidentBot.Web.Reports;

namespace IncidentBot.Api;

/// <summary>
/// <c>GET /api/incidents/{number}/postmortem</c>, behind the API token: the newest drafted revision as Markdown,
/// <c>?revision=k</c> an earlier one, <c>?format=html</c> as a page (<see cref="PostmortemPage"/>). A missing incident,
/// draft or revision is a 404 saying which; a revision or format that cannot be one is a 400.
/// </summary>
public static class PostmortemApi
{
    public static async Task<IResult> GetAsync(
        int number, string? revision, string? format, IIncidentStore incidents, IPostmortemStore postmortems, CancellationToken cancellationToken)
    {
        if (format is not (null or "markdown" or "md" or "html"))
        {
            return RawBody.Problem(StatusCodes.Status400BadRequest, "format must be 'markdown' (the default) or 'html'.");
        }

        int? asked = null;
        if (revision is not null)
        {
            if (!int.TryParse(revision, NumberStyles.None, CultureInfo.InvariantCulture, out var k) || k < 1)
            {
                return RawBody.Problem(StatusCodes.Status400BadRequest, "revision must be a whole number from 1.");
            }

            asked = k;
        }

        if (await incidents.GetAsync(number, cancellationToken).ConfigureAwait(false) is not { } incident)
        {
            return RawBody.Problem(StatusCodes.Status404NotFound, $"There is no incident {number}.");
        }

        var draft = asked is { } wanted
            ? await postmortems.GetRevisionAsync(number, wanted, cancellationToken).ConfigureAwait(false)
            : await postmortems.GetAsync(number, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            var drafted = await postmortems.ListRevisionsAsync(number, cancellationToken).ConfigureAwait(false);
            return RawBody.Problem(StatusCodes.Status404NotFound, drafted.Count == 0
                ? $"{incident.Key} has no postmortem draft yet."
                : $"{incident.Key} has no postmortem revision {asked}; its revisions are {string.Join(", ", drafted)}.");
        }

        return format == "html"
            ? new ReportResult(PostmortemPage.Render(PostmortemFile.TitleOf(incident.Key, draft.Revision), draft.Markdown), ReportResult.Html)
            : new ReportResult(draft.Markdown, ReportResult.Markdown);
    }
}
