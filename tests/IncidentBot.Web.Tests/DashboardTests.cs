using System.Net;
using IncidentBot.Core.Incidents;
using IncidentBot.Tests.Host;

namespace IncidentBot.Web.Tests;

/// <summary>The dashboard (<c>/incidents</c>; <c>/</c> is the playground on the local platform) on this machine: newest first, filtered by its query, each row a link, a clear empty state.</summary>
public sealed class DashboardTests : WebBot
{
    [Fact]
    public async Task Dashboard_NoIncidents_SaysHowToSendASampleAlert()
    {
        using var client = Browser();

        using var response = await client.GetAsync("/incidents");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No incidents yet", page, StringComparison.Ordinal);
        Assert.Contains("curl -X POST https://localhost/alerts/generic", page, StringComparison.Ordinal);
        Assert.DoesNotContain(BotFactory.AlertToken, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_Unfiltered_ListsEveryIncidentNewestFirstEachLinkingToItsPage()
    {
        await SeedThreeAsync();
        using var client = Browser();

        var page = await client.GetStringAsync("/incidents");

        Assert.Equal(["INC-3", "INC-2", "INC-1"], Pages.ListedKeys(page));
        Assert.Contains("<a href=\"/incidents/2\">Search is slow</a>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?status=resolved", new[] { "INC-2" })]
    [InlineData("?severity=sev1", new[] { "INC-3", "INC-1" })]
    [InlineData("?service=API", new[] { "INC-3", "INC-1" })]
    [InlineData("?from=2026-12-02&to=2026-12-02", new[] { "INC-2" })]
    [InlineData("?from=2026-12-02", new[] { "INC-3", "INC-2" })]
    [InlineData("?severity=sev1&status=triggered&to=2026-12-01", new[] { "INC-1" })]
    public async Task Dashboard_Filtered_ListsOnlyTheMatchingIncidents(string query, string[] expected)
    {
        await SeedThreeAsync();
        using var client = Browser();

        var page = await client.GetStringAsync("/incidents" + query);

        Assert.Equal(expected, Pages.ListedKeys(page));
    }

    [Fact]
    public async Task Dashboard_FilterMatchingNothing_SaysSoAndOffersEveryIncident()
    {
        await SeedThreeAsync();
        using var client = Browser();

        var page = await client.GetStringAsync("/incidents?severity=sev4");

        Assert.Empty(Pages.ListedKeys(page));
        Assert.Contains("No incidents match these filters", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_AFilterValueThatCannotBe_IsNamedAndIgnored()
    {
        await SeedThreeAsync();
        using var client = Browser();

        var page = await client.GetStringAsync("/incidents?severity=sev9&from=yesterday");

        Assert.Equal(3, Pages.ListedKeys(page).Count);
        Assert.Contains("Severity &#x27;sev9&#x27; is not one of sev1, sev2, sev3, sev4.", page, StringComparison.Ordinal);
        Assert.Contains("From &#x27;yesterday&#x27; is not a date like 2026-12-07.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_AnIncidentTitledWithMarkup_ShowsItAsText()
    {
        await Seed.IncidentAsync(Services, $"{Seed.Script} {Seed.Image}", Severity.Sev2, "api", Seed.Day1);
        using var client = Browser();

        using var response = await client.GetAsync("/incidents");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;", page, StringComparison.Ordinal);
        Pages.AssertInert(response, page);
    }

    [Fact]
    public async Task Stylesheet_IsServedFromTheAssembly()
    {
        using var client = Browser();

        using var response = await client.GetAsync("/web/web-face.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("@media print", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task SeedThreeAsync()
    {
        await Seed.IncidentAsync(Services, "Checkout errors", Severity.Sev1, "api", Seed.Day1);
        await Seed.IncidentAsync(Services, "Search is slow", Severity.Sev3, "search", Seed.Day1.AddDays(1), resolved: true);
        await Seed.IncidentAsync(Services, "API down", Severity.Sev1, "api", Seed.Day1.AddDays(2));
    }
}
