using System.Net;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IncidentBot.Web.Reports;

/// <summary>
/// A drafted postmortem as one small HTML page, rendered by Markdig. Raw HTML in the Markdown is not passed through
/// (<c>DisableHtml</c>): it shows as text, so alert or chat text such as <c>&lt;script&gt;</c> that reached the report is
/// inert. Links keep only http(s) and mailto targets (a <c>javascript:</c> one goes nowhere), and open without telling
/// the target where they came from. The page is served with a policy that runs no script at all (<see cref="ReportResult"/>).
/// The web face's postmortem page shows the same <see cref="Body"/> inside its own layout.
/// </summary>
public static class PostmortemPage
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseReferralLinks("noopener", "noreferrer")
        .DisableHtml()
        .Build();

    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}"
        + "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}"
        + "blockquote{border-left:4px solid #ccc;margin-left:0;padding-left:1rem;color:#444}.download{font-size:.9rem}";

    /// <summary>The page; <paramref name="download"/>, when given, is a link to the same revision's Markdown file.</summary>
    public static string Render(string title, string markdown, string? download = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        var body = Body(markdown);
        var downloadLink = download is null ? "" : $"<p class=\"download\"><a href=\"{WebUtility.HtmlEncode(download)}\" download>Download the Markdown</a></p>\n";
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
            + $"<title>{WebUtility.HtmlEncode(title)}</title>\n<style>{Style}</style>\n</head>\n<body>\n{downloadLink}{body}</body>\n</html>\n";
    }

    /// <summary>The report as HTML to put in a page: its markup shown as text, unsafe link targets replaced by <c>#</c>.</summary>
    public static string Body(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => !SafeLink.Allows(l.Url)))
        {
            link.Url = "#";
        }

        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !l.IsEmail && !SafeLink.Allows(l.Url)))
        {
            link.Url = "#";
        }

        return document.ToHtml(Pipeline);
    }
}
