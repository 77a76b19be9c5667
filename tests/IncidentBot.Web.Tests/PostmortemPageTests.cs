using System.Net;
using IncidentBot.Tests.Host;

namespace IncidentBot.Web.Tests;

/// <summary><c>/incidents/{n}/postmortem</c>: the newest draft rendered, every revision listed and selectable, its Markdown to download, a print view.</summary>
public sealed class PostmortemPageTests : WebBot
{
    [Fact]
    public async Task Postmortem_NoRevisionAsked_RendersTheNewestAndListsEveryRevision()
    {
        await DraftedAsync();
        using var client = Browser();

        var page = await client.GetStringAsync("/incidents/1/postmortem");

        Assert.Contains("<h1>INC-1</h1>", page, StringComparison.Ordinal);
        Assert.Contains("second draft", page, StringComparison.Ordinal);
        Assert.DoesNotContain("first draft", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/incidents/1/postmortem?revision=1\">draft 1</a>", page, StringComparison.Ordinal);
        Assert.Contains("<li class=\"current\"><a href=\"/incidents/1/postmortem?revision=2\">draft 2</a>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/incidents/1/postmortem/2.md\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postmortem_AnEarlierRevision_RendersThatRevision()
    {
        await DraftedAsync();
        using var client = Browser();

        var page = await client.GetStringAsync("/incidents/1/postmortem?revision=1");

        Assert.Contains("first draft", page, StringComparison.Ordinal);
        Assert.Contains("<li class=\"current\"><a href=\"/incidents/1/postmortem?revision=1\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postmortem_ARevisionThatDoesNotExist_SaysWhichDo()
    {
        await DraftedAsync();
        using var client = Browser();

        var page = await client.GetStringAsync("/incidents/1/postmortem?revision=7");

        Assert.Contains("There is no revision 7; its revisions are 1, 2.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postmortem_NotDraftedYet_SaysWhenItWillBe()
    {
        await DraftedAsync();
        using var client = Browser();

        var page = await client.GetStringAsync("/incidents/2/postmortem");

        Assert.Contains("No postmortem drafted yet.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_IsThatRevisionsMarkdownAsAFile()
    {
        await DraftedAsync();
        using var client = Browser();

        using var response = await client.GetAsync("/incidents/1/postmortem/1.md");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("inc-1-postmortem.md", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal("# INC-1\n\nfirst draft\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PrintView_IsTheReportWithoutTheSiteAround()
    {
        await DraftedAsync();
        using var client = Browser();

        var page = await client.GetStringAsync("/incidents/1/postmortem?revision=2&view=print");

        Assert.Contains("<body class=\"print\">", page, StringComparison.Ordinal);
        Assert.Contains("second draft", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postmortem_MarkupInTheReport_IsShownAsText()
    {
        await DraftedAsync(third: PostmortemDrafts.Hostile);
        using var client = Browser();

        using var response = await client.GetAsync("/incidents/1/postmortem?revision=3");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("<h2>Root cause</h2>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Pages.AssertInert(response, page);
    }

    private Task DraftedAsync(string? third = null) => PostmortemDrafts.DraftedAsync(Services, third);
}
