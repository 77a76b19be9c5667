using System.Net;

namespace IncidentBot.Web.Tests;

/// <summary><c>/incidents/{n}</c>: the incident's card, responders, timeline with links, alerts, suspect changes, rollbacks and transcript.</summary>
public sealed class IncidentPageTests : WebBot
{
    [Fact]
    public async Task IncidentPage_ShowsEverythingTheBotRecorded()
    {
        await Seed.FullIncidentAsync(Services);
        using var client = Browser();

        var page = await client.GetStringAsync("/incidents/1");

        Assert.Contains("<h1>INC-1 · Checkout returns HTTP 500</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge sev1\">sev1</span>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status\" id=\"status\">acknowledged</span>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Lead</dt><dd>Kofi Boateng</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"responders\">Kofi Boateng, Ada Mensah</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://chat.example.com/m/1\" rel=\"noopener noreferrer\">Deploy 4.2 broke payments</a>", page, StringComparison.Ordinal);
        Assert.Contains("checkout 4.1 → 4.2: Deploy 4.2 broke payments", page, StringComparison.Ordinal);
        Assert.Contains("checkout from 4.2 to 4.1", page, StringComparison.Ordinal);
        Assert.Contains("Rolled back (Deploy 4.2 broke payments)", page, StringComparison.Ordinal);
        Assert.Contains("Rolling back: Deploy 4.2 broke payments", page, StringComparison.Ordinal);
        Assert.Contains("data-refresh=\"/incidents/1/timeline\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IncidentPage_AlertAndChatMarkup_IsShownAsTextAndAJavascriptLinkIsNoLink()
    {
        await Seed.FullIncidentAsync(Services, title: Seed.Script, text: Seed.Image);
        using var client = Browser();

        using var response = await client.GetAsync("/incidents/1");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", page, StringComparison.Ordinal);
        Pages.AssertInert(response, page);
    }

    [Fact]
    public async Task TimelineFragment_IsTheTimelineAloneForThePageToPoll()
    {
        await Seed.FullIncidentAsync(Services);
        using var client = Browser();

        var fragment = await client.GetStringAsync("/incidents/1/timeline");

        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
        Assert.Contains("Deploy 4.2 broke payments", fragment, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/incidents/9")]
    [InlineData("/incidents/9/postmortem")]
    [InlineData("/incidents/1/postmortem/9.md")]
    public async Task AnIncidentOrRevisionThatDoesNotExist_Is404(string path)
    {
        await Seed.FullIncidentAsync(Services);
        using var client = Browser();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
