using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IncidentBot.Core;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Time;
using IncidentBot.Tests.Host;
using IncidentBot.Web.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Web.Tests;

/// <summary>
/// <c>/metrics</c> on this machine: charts and a table of the same figures the report gives, for a period by week or by
/// service, and the same report to download as CSV and JSON without the API token.
/// </summary>
public sealed partial class MetricsPageTests : WebBot
{
    private const string Period = "from=2026-11-30&to=2026-12-20";

    [Fact]
    public async Task Metrics_ByService_TableShowsTheReportsFiguresAndItsTotal()
    {
        await SeedAsync();
        using var client = Browser();

        var page = await client.GetStringAsync("/metrics?by=service&" + Period);

        var report = await ExpectedAsync(MetricsGrouping.Service);
        var rows = RowsOf(page);
        Assert.Equal([.. report.Groups.Select(g => g.Key), ResponseMetricsReport.TotalKey], rows.Keys);
        foreach (var group in report.Groups.Append(report.Total))
        {
            Assert.Equal(
                [group.Label, $"{group.Incidents}", .. Enum.GetValues<Severity>().Select(s => $"{group.BySeverity[s]}"),
                 Median(group.Acknowledge), Median(group.Mitigate), Median(group.Resolve)],
                rows[group.Key]);
        }

        Assert.Equal(["checkout", "2", "1", "1", "0", "0", "5 minutes (2)", "45 minutes (2)", "45 minutes (2)"], rows["checkout"]);
        Assert.Equal(["all incidents", "4", "1", "1", "1", "1", "5 minutes (3)", "45 minutes (2)", "45 minutes (2)"], rows["all"]);
    }

    [Fact]
    public async Task Metrics_ByService_DrawsABarPerMedianAndASegmentPerSeverity()
    {
        await SeedAsync();
        using var client = Browser();

        var page = await client.GetStringAsync("/metrics?by=service&" + Period);

        Assert.Contains("<svg id=\"response-times-chart\" class=\"chart\"", page, StringComparison.Ordinal);
        Assert.Equal(2, BarCount(page, "tta"));
        Assert.Equal(1, BarCount(page, "ttr"));
        Assert.Contains("aria-label=\"checkout, time to resolve: 45 minutes\"", page, StringComparison.Ordinal);
        Assert.Equal(4, BarCount(page, "sev1") + BarCount(page, "sev2") + BarCount(page, "sev3") + BarCount(page, "sev4"));
        Assert.Contains("aria-label=\"search, sev3: 1 incident\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AServiceNamedScript_ShowsAsTextInTheChartsAndTable()
    {
        await SeedAsync();
        using var client = Browser();

        using var response = await client.GetAsync("/metrics?by=service&" + Period);
        var page = await response.Content.ReadAsStringAsync();

        Pages.AssertInert(response, page);
        Assert.Contains("aria-label=\"&lt;script&gt;alert(1)&lt;/script&gt;, sev4: 1 incident\"", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">&lt;script&gt;alert(1)&lt;/script&gt;</th>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_ByWeek_KeepsAPlaceForAQuietWeek()
    {
        await SeedAsync();
        await Seed.IncidentAsync(Services, "Later", Severity.Sev2, "api", Seed.Day1.AddDays(14), resolved: true);
        using var client = Browser();

        var page = await client.GetStringAsync("/metrics?" + Period);

        var chart = Regex.Match(page, "<svg id=\"severities-chart\".*?</svg>", RegexOptions.Singleline).Value;
        Assert.Equal(["30 Nov", "7 Dec", "14 Dec"], CategoryLabels().Matches(chart).Select(m => m.Groups[1].Value));
        Assert.Equal(["4", "1"], Regex.Matches(chart, "<text class=\"total\"[^>]*>(\\d+)</text>").Select(m => m.Groups[1].Value));
        Assert.Equal(["2026-W49", "2026-W51", "all"], RowsOf(page).Keys);
    }

    [Fact]
    public async Task Metrics_WithoutAQuery_IsTheLastTwelveWeeksByWeek()
    {
        using var client = Browser();

        var page = await client.GetStringAsync("/metrics");

        using var scope = Services.CreateScope();
        var today = scope.ServiceProvider.GetRequiredService<MetricsReader>().Today;
        var period = MetricsPeriod.LastWeeks(MetricsQuery.DefaultWeeks, today);
        Assert.Contains($"name=\"from\" value=\"{MetricsQuery.Text(period.From!.Value)}\"", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"to\" value=\"{MetricsQuery.Text(today)}\"", page, StringComparison.Ordinal);
        Assert.Equal(DayOfWeek.Monday, period.From!.Value.DayOfWeek);
        Assert.Contains("<option value=\"week\" selected=\"selected\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_NoIncidentsInThePeriod_SaysSoInsteadOfEmptyCharts()
    {
        await SeedAsync();
        using var client = Browser();

        var page = await client.GetStringAsync("/metrics?from=2025-01-01&to=2025-02-01");

        Assert.Equal(2, Regex.Count(page, "<p class=\"chart-empty\"[^>]*>No incidents in this period</p>"));
        Assert.DoesNotContain("<svg", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_ABadDate_IsNamedAndTheDefaultShown()
    {
        using var client = Browser();

        var page = await client.GetStringAsync("/metrics?from=01-12-2026&by=team");

        Assert.Contains("From &#x27;01-12-2026&#x27; is not a date like 2026-12-01.", page, StringComparison.Ordinal);
        Assert.Contains("&#x27;team&#x27; is not a grouping", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_LinksToMetrics_AndMetricsLinksToItsDownloads()
    {
        using var client = Browser();

        var dashboard = await client.GetStringAsync("/");
        var page = await client.GetStringAsync("/metrics?by=service&" + Period);

        Assert.Contains("<a href=\"/metrics\">Metrics</a>", dashboard, StringComparison.Ordinal);
        Assert.Contains("href=\"/metrics.csv?by=service&amp;from=2026-11-30&amp;to=2026-12-20\">Download CSV</a>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/metrics.json?by=service&amp;from=2026-11-30&amp;to=2026-12-20\">JSON</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetricsCsv_IsTheSameFileTheApiGives_AsADownload()
    {
        await SeedAsync();
        using var client = Browser();

        using var response = await client.GetAsync("/metrics.csv?by=service&" + Period);
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("incident-metrics-by-service-2026-11-30-to-2026-12-20.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(MetricsCsv.Write(await ExpectedAsync(MetricsGrouping.Service)), csv);
        Assert.EndsWith("\r\nall,all incidents,4,1,1,1,1,3,300,2,2700,2,2700\r\n", csv, StringComparison.Ordinal);
        using var api = Bot.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", BotFactory.ApiToken);
        Assert.Equal(csv, await api.GetStringAsync("/api/metrics?format=csv&by=service&" + Period));
    }

    [Fact]
    public async Task MetricsJson_HasEachGroupAndTheTotalBySeverity()
    {
        await SeedAsync();
        using var client = Browser();

        using var response = await client.GetAsync("/metrics.json?" + Period);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("week", json.GetProperty("grouping").GetString());
        Assert.Equal("2026-11-30", json.GetProperty("from").GetString());
        var week = Assert.Single(json.GetProperty("groups").EnumerateArray());
        Assert.Equal("2026-W49", week.GetProperty("key").GetString());
        Assert.Equal(4, json.GetProperty("total").GetProperty("incidents").GetInt32());
        Assert.Equal(1, json.GetProperty("total").GetProperty("bySeverity").GetProperty("sev4").GetInt32());
        Assert.Equal(2700, json.GetProperty("total").GetProperty("timeToResolve").GetProperty("medianSeconds").GetDouble());
    }

    [Theory]
    [InlineData("/metrics.csv?from=yesterday", "From 'yesterday'")]
    [InlineData("/metrics.json?by=team", "'team' is not a grouping")]
    public async Task MetricsDownload_WithABadQuery_Is400SayingWhich(string path, string named)
    {
        using var client = Browser();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>In week 49 of 2026: checkout twice (sev1 and sev2, acknowledged after 4 and 6 minutes, resolved, and so
    /// mitigated, after 30 and 60), search once (sev3, acknowledged after 5, still open), and a service whose name is markup (sev4, open).</summary>
    private async Task SeedAsync()
    {
        var store = Services.GetRequiredService<IIncidentStore>();
        await OpenAsync(store, "checkout", Severity.Sev1, Seed.Day1, acknowledgeAfter: 4, resolveAfter: 30);
        await OpenAsync(store, "checkout", Severity.Sev2, Seed.Day1.AddDays(1), acknowledgeAfter: 6, resolveAfter: 60);
        await OpenAsync(store, "search", Severity.Sev3, Seed.Day1.AddDays(2), acknowledgeAfter: 5, resolveAfter: null);
        await OpenAsync(store, Seed.Script, Severity.Sev4, Seed.Day1.AddDays(3), acknowledgeAfter: null, resolveAfter: null);
    }

    private static async Task OpenAsync(IIncidentStore store, string service, Severity severity, DateTimeOffset at, int? acknowledgeAfter, int? resolveAfter)
    {
        var incident = Incident.Open("Errors on " + service, severity, service, at, at, declaredBy: "ada");
        if (acknowledgeAfter is { } ack)
        {
            incident.Acknowledge("ada", at.AddMinutes(ack));
        }

        if (resolveAfter is { } resolve)
        {
            incident.Resolve("ada", at.AddMinutes(resolve), null);
        }

        await store.AddAsync(incident);
    }

    private async Task<MetricsReport> ExpectedAsync(MetricsGrouping grouping)
    {
        var incidents = await Services.GetRequiredService<IIncidentStore>().ListAsync();
        var period = new MetricsPeriod(new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 20));
        return ResponseMetricsReport.For(incidents, grouping, period, Services.GetRequiredService<IncidentSettings>().Zone);
    }

    private static string Median(ResponseTimes times) => $"{(times.Median is { } m ? Durations.Format(m) : "—")} ({times.Reached})";

    private static Dictionary<string, string[]> RowsOf(string page) =>
        Row().Matches(page).ToDictionary(
            m => WebUtility.HtmlDecode(m.Groups[1].Value),
            m => Cell().Matches(m.Groups[2].Value).Select(c => WebUtility.HtmlDecode(Regex.Replace(c.Groups[1].Value, "<[^>]+>", "")).Trim()).ToArray());

    private static int BarCount(string page, string series) => Regex.Count(page, $"<rect class=\"bar {series}\"");

    [GeneratedRegex("<tr[^>]*data-key=\"([^\"]*)\">(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<text x=\"[^\"]*\" y=\"[^\"]*\" text-anchor=\"middle\">([^<]*)<title>")]
    private static partial Regex CategoryLabels();
}
