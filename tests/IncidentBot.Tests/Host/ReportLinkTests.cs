using System.Net;
using IncidentBot.Core.Chat;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Host;

/// <summary>
/// Report links (<c>/reports/{n}/{revision}?sig=…</c>) open one revision without the API token; anything else, a
/// link altered anywhere or no signature at all, answers exactly as a report that does not exist.
/// </summary>
public sealed class ReportLinkTests : BotClientTest
{
    [Fact]
    public async Task ReportLink_AsSigned_OpensThatRevisionAsAPageWithoutTheToken()
    {
        await PostmortemDrafts.DraftedAsync(Bot.Services, third: PostmortemDrafts.Hostile);
        var link = Links.ReportOf(1, 3);

        using var response = await Client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var page = await response.Content.ReadAsStringAsync();
        PostmortemApiTests.AssertInertPage(response, page, "INC-1 postmortem (draft 3)");
        Assert.Contains($"<a href=\"3.md{link.Query}\" download>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportLink_AsMarkdown_DownloadsThatRevisionUnderTheReportsFileName()
    {
        await PostmortemDrafts.DraftedAsync(Bot.Services);
        var link = Links.ReportOf(1, 1);

        using var response = await Client.GetAsync($"{link.AbsolutePath}.md{link.Query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(("attachment", "inc-1-postmortem.md"), (response.Content.Headers.ContentDisposition!.DispositionType, response.Content.Headers.ContentDisposition.FileName));
        Assert.Equal("# INC-1\n\nfirst draft\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReportLink_ForTheOldRevision_StillReadsItAfterTheNext()
    {
        await PostmortemDrafts.DraftedAsync(Bot.Services);

        using var response = await Client.GetAsync(Links.ReportOf(1, 1).PathAndQuery);

        Assert.Contains("first draft", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("another incident")]
    [InlineData("another revision")]
    [InlineData("the Markdown of another revision")]
    [InlineData("a changed signature")]
    [InlineData("a shortened signature")]
    [InlineData("an empty signature")]
    [InlineData("no signature")]
    public async Task ReportLink_Altered_Is404ExactlyAsAReportThatDoesNotExist(string altered)
    {
        await PostmortemDrafts.DraftedAsync(Bot.Services);
        var sig = Links.ReportOf(1, 2).Query["?sig=".Length..];
        var path = altered switch
        {
            "another incident" => $"/reports/2/2?sig={sig}",
            "another revision" => $"/reports/1/1?sig={sig}",
            "the Markdown of another revision" => $"/reports/1/1.md?sig={sig}",
            "a changed signature" => $"/reports/1/2?sig={(sig[0] == 'A' ? 'B' : 'A')}{sig[1..]}",
            "a shortened signature" => $"/reports/1/2?sig={sig[..^1]}",
            "an empty signature" => "/reports/1/2?sig=",
            _ => "/reports/1/2",
        };
        using var missing = await Client.GetAsync(Links.ReportOf(1, 9).PathAndQuery);
        using var genuine = await Client.GetAsync($"/reports/1/2?sig={sig}");

        using var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await response.Content.ReadAsStringAsync());
        Assert.Equal(missing.Content.Headers.ContentType, response.Content.Headers.ContentType);
    }

    private IIncidentLinks Links => Bot.Services.GetRequiredService<IIncidentLinks>();
}
