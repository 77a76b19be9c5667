using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace IncidentBot.Tests.Host;

/// <summary>
/// <c>GET /api/incidents/{n}/postmortem</c>: every drafted revision, as Markdown or as a page whose markup from alerts
/// and chat stays text; behind the API token, with a 404 saying what is missing and a 400 for what cannot be asked.
/// </summary>
public sealed class PostmortemApiTests : BotClientTest
{
    [Fact]
    public async Task GetPostmortem_WithoutTheToken_Is401AndShowsNothing()
    {
        await DraftedAsync();

        using var response = await Client.GetAsync("/api/incidents/1/postmortem");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("second", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPostmortem_NoRevisionAsked_IsTheNewestAsMarkdown()
    {
        await DraftedAsync();

        using var response = await GetAsync("/api/incidents/1/postmortem");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("# INC-1\n\nsecond draft\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetPostmortem_AnEarlierRevision_IsThatRevisionAsDrafted()
    {
        await DraftedAsync();

        using var response = await GetAsync("/api/incidents/1/postmortem?revision=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("# INC-1\n\nfirst draft\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetPostmortem_AsHtml_IsAPageWithTheReportRenderedAndItsMarkupInert()
    {
        await DraftedAsync(third: PostmortemDrafts.Hostile);

        using var response = await GetAsync("/api/incidents/1/postmortem?format=html&revision=3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        AssertInertPage(response, await response.Content.ReadAsStringAsync(), "INC-1 postmortem (draft 3)");
    }

    [Theory]
    [InlineData("/api/incidents/99/postmortem", "There is no incident 99.")]
    [InlineData("/api/incidents/2/postmortem", "INC-2 has no postmortem draft yet.")]
    [InlineData("/api/incidents/1/postmortem?revision=5", "INC-1 has no postmortem revision 5; its revisions are 1, 2.")]
    public async Task GetPostmortem_NothingThere_Is404SayingWhat(string path, string error)
    {
        await DraftedAsync();

        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(error, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("revision=0", "revision")]
    [InlineData("revision=-1", "revision")]
    [InlineData("revision=two", "revision")]
    [InlineData("revision=99999999999", "revision")]
    [InlineData("format=pdf", "format")]
    public async Task GetPostmortem_ARevisionOrFormatThatCannotBe_Is400SayingWhich(string query, string named)
    {
        await DraftedAsync();

        using var response = await GetAsync("/api/incidents/1/postmortem?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(named, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A page of the report: the Markdown rendered, every bit of markup it carried shown as text, and no script allowed to run.</summary>
    internal static void AssertInertPage(HttpResponseMessage response, string page, string title)
    {
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains($"<title>{title}</title>", page, StringComparison.Ordinal);
        Assert.Contains("<h2>Root cause</h2>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    private Task DraftedAsync(string? third = null) => PostmortemDrafts.DraftedAsync(Bot.Services, third);

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.ApiToken);
        return await Client.SendAsync(request);
    }
}
