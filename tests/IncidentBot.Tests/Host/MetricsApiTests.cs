using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Host;

/// <summary><c>GET /api/metrics</c>: what a manager reads of response times, by week or service, as JSON or CSV.</summary>
public sealed class MetricsApiTests : BotClientTest
{
    [Fact]
    public async Task Metrics_ByService_CountsSeveritiesAndMedianTimesInSeconds()
    {
        await OpenAsync("checkout", Severity.Sev1, "2026-11-30T10:00:00Z", acknowledgeAfter: 2, resolveAfter: 30);
        await OpenAsync("checkout", Severity.Sev2, "2026-12-01T10:00:00Z", acknowledgeAfter: 6, resolveAfter: 90);
        await OpenAsync("search", Severity.Sev3, "2026-12-02T10:00:00Z");

        var report = await JsonAsync("/api/metrics?by=service");

        Assert.Equal("service", report.GetProperty("grouping").GetString());
        var checkout = report.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("key").GetString() == "checkout");
        Assert.Equal(2, checkout.GetProperty("incidents").GetInt32());
        Assert.Equal(1, checkout.GetProperty("bySeverity").GetProperty("sev1").GetInt32());
        Assert.Equal(240, checkout.GetProperty("timeToAcknowledge").GetProperty("medianSeconds").GetDouble());
        Assert.Equal(3600, checkout.GetProperty("timeToResolve").GetProperty("medianSeconds").GetDouble());
        var search = report.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("key").GetString() == "search");
        Assert.Equal(0, search.GetProperty("timeToResolve").GetProperty("reached").GetInt32());
        Assert.Equal(JsonValueKind.Null, search.GetProperty("timeToResolve").GetProperty("medianSeconds").ValueKind);
    }

    [Fact]
    public async Task Metrics_ByWeekWithinDates_LeavesOutIncidentsOutsideThem()
    {
        await OpenAsync("api", Severity.Sev2, "2026-11-20T10:00:00Z");
        await OpenAsync("api", Severity.Sev2, "2026-12-01T10:00:00Z");
        await OpenAsync("api", Severity.Sev2, "2026-12-02T10:00:00Z");

        var report = await JsonAsync("/api/metrics?from=2026-11-30&to=2026-12-06");

        var week = Assert.Single(report.GetProperty("groups").EnumerateArray());
        Assert.Equal("2026-W49", week.GetProperty("key").GetString());
        Assert.Equal("week of 30 November 2026", week.GetProperty("label").GetString());
        Assert.Equal(2, week.GetProperty("incidents").GetInt32());
        Assert.Equal("2026-11-30", report.GetProperty("from").GetString());
        Assert.Equal(2, report.GetProperty("total").GetProperty("incidents").GetInt32());
        Assert.Equal(2, report.GetProperty("total").GetProperty("bySeverity").GetProperty("sev2").GetInt32());
    }

    [Fact]
    public async Task Metrics_AsCsv_IsOneRowPerGroupThenTheTotal_AndAFormulaFromAnAlertIsNotRunByASpreadsheet()
    {
        await OpenAsync("=HYPERLINK(\"http://evil.example\",\"click\")", Severity.Sev1, "2026-12-01T10:00:00Z", acknowledgeAfter: 1, resolveAfter: 10);

        using var response = await GetWithApiTokenAsync("/api/metrics?by=service&format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "service,label,incidents,sev1,sev2,sev3,sev4,acknowledged,median_time_to_acknowledge_s,mitigated,median_time_to_mitigate_s,resolved,median_time_to_resolve_s",
            lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",1,1,0,0,0,1,60,1,600,1,600", lines[1], StringComparison.Ordinal);
        Assert.Equal("all,all incidents,1,1,0,0,0,1,60,1,600,1,600", lines[2]);
    }

    [Theory]
    [InlineData("by=team", "by")]
    [InlineData("from=01-12-2026", "from")]
    [InlineData("from=2026-12-05&to=2026-12-01", "after")]
    [InlineData("format=xml", "format")]
    public async Task Metrics_WithABadQuery_Is400SayingWhich(string query, string named)
    {
        using var response = await GetWithApiTokenAsync("/api/metrics?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_WithoutTheApiToken_Is401()
    {
        using var response = await Client.GetAsync("/api/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task OpenAsync(string service, Severity severity, string startedAt, int? acknowledgeAfter = null, int? resolveAfter = null)
    {
        var start = DateTimeOffset.Parse(startedAt, CultureInfo.InvariantCulture);
        var incident = Incident.Open("Errors", severity, service, start, start, declaredBy: "ada");
        if (acknowledgeAfter is { } ack)
        {
            incident.Acknowledge("ada", start.AddMinutes(ack));
        }

        if (resolveAfter is { } resolve)
        {
            incident.Resolve("ada", start.AddMinutes(resolve), null);
        }

        await Bot.Services.GetRequiredService<IIncidentStore>().AddAsync(incident);
    }

    private async Task<JsonElement> JsonAsync(string path)
    {
        using var response = await GetWithApiTokenAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
