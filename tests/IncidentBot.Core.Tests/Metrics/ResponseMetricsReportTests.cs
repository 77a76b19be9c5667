using IncidentBot.Core.Incidents;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Tests.Metrics;

public sealed class ResponseMetricsReportTests
{
    private static readonly DisplayZone Stockholm = DisplayZone.Parse("Europe/Stockholm");

    [Fact]
    public void ByWeek_GroupsByTheIsoWeekInTheDisplayZone_NotInUtc()
    {
        // Sunday 23:30 UTC is Monday 00:30 in Stockholm (UTC+1 in December): the next week there.
        var sundayNightUtc = Opened("api", Severity.Sev2, "2026-12-06T23:30:00Z");
        var saturday = Opened("api", Severity.Sev2, "2026-12-05T12:00:00Z");

        var groups = ResponseMetricsReport.Of([sundayNightUtc, saturday], MetricsGrouping.Week, Stockholm);

        Assert.Equal(["2026-W49", "2026-W50"], groups.Select(g => g.Key));
        Assert.Equal(["week of 30 November 2026", "week of 7 December 2026"], groups.Select(g => g.Label));
        Assert.All(groups, g => Assert.Equal(1, g.Incidents));
    }

    [Fact]
    public void ByWeek_TheTurnOfTheYear_CountsInTheIsoYearOfItsWeek()
    {
        var groups = ResponseMetricsReport.Of([Opened("api", Severity.Sev3, "2026-12-31T10:00:00Z")], MetricsGrouping.Week, DisplayZone.Utc);

        Assert.Equal("2026-W53", Assert.Single(groups).Key);
    }

    [Fact]
    public void ByService_CountsSeveritiesAndTakesTheMedianOfThoseThatGotThere()
    {
        var fast = Opened("checkout", Severity.Sev1, "2026-12-01T10:00:00Z", acknowledgeAfter: 2, resolveAfter: 30);
        var middle = Opened("checkout", Severity.Sev2, "2026-12-02T10:00:00Z", acknowledgeAfter: 5, resolveAfter: 60);
        var slow = Opened("checkout", Severity.Sev2, "2026-12-03T10:00:00Z", acknowledgeAfter: 40);
        var other = Opened(null, Severity.Sev4, "2026-12-03T11:00:00Z");

        var groups = ResponseMetricsReport.Of([fast, middle, slow, other], MetricsGrouping.Service, DisplayZone.Utc);

        var checkout = Assert.Single(groups, g => g.Key == "checkout");
        Assert.Equal(3, checkout.Incidents);
        Assert.Equal(1, checkout.BySeverity[Severity.Sev1]);
        Assert.Equal(2, checkout.BySeverity[Severity.Sev2]);
        Assert.Equal(0, checkout.BySeverity[Severity.Sev3]);
        Assert.Equal(new ResponseTimes(3, TimeSpan.FromMinutes(5)), checkout.Acknowledge);
        Assert.Equal(new ResponseTimes(2, TimeSpan.FromMinutes(45)), checkout.Resolve);
        Assert.Equal(new ResponseTimes(2, TimeSpan.FromMinutes(45)), checkout.Mitigate);
        var none = Assert.Single(groups, g => g.Key == ResponseMetricsReport.NoService);
        Assert.Equal(new ResponseTimes(0, null), none.Acknowledge);
    }

    [Fact]
    public void Of_NoIncidents_NoGroupsInvented()
    {
        Assert.Empty(ResponseMetricsReport.Of([], MetricsGrouping.Week, DisplayZone.Utc));
    }

    [Fact]
    public void For_APeriod_CountsOnlyItsDaysInTheZone_AndTotalsSeveritiesAndMediansOverThem()
    {
        // 23:30 UTC on 30 November is 00:30 on 1 December in Stockholm: inside a period starting on 1 December.
        var justInside = Opened("api", Severity.Sev1, "2026-11-30T23:30:00Z", acknowledgeAfter: 2);
        var before = Opened("api", Severity.Sev1, "2026-11-30T12:00:00Z", acknowledgeAfter: 50);
        var search = Opened("search", Severity.Sev3, "2026-12-07T10:00:00Z", acknowledgeAfter: 4);
        var checkout = Opened("checkout", Severity.Sev3, "2026-12-08T10:00:00Z", acknowledgeAfter: 10);
        var after = Opened("api", Severity.Sev4, "2026-12-15T10:00:00Z");

        var report = ResponseMetricsReport.For(
            [justInside, before, search, checkout, after], MetricsGrouping.Service, new MetricsPeriod(new(2026, 12, 1), new(2026, 12, 14)), Stockholm);

        Assert.Equal(["api", "checkout", "search"], report.Groups.Select(g => g.Key));
        Assert.Equal(ResponseMetricsReport.TotalKey, report.Total.Key);
        Assert.Equal(3, report.Total.Incidents);
        Assert.Equal([1, 0, 2, 0], Enum.GetValues<Severity>().Select(s => report.Total.BySeverity[s]));
        Assert.Equal(new ResponseTimes(3, TimeSpan.FromMinutes(4)), report.Total.Acknowledge);
        Assert.Equal("Europe/Stockholm", report.Zone);
    }

    [Fact]
    public void LastWeeks_RunsFromTheMondayOfTheEarliestWeekToToday()
    {
        var period = MetricsPeriod.LastWeeks(12, new DateOnly(2026, 12, 9));

        Assert.Equal(new MetricsPeriod(new(2026, 9, 21), new(2026, 12, 9)), period);
        Assert.Equal(12, Enumerable.Range(0, 80).Select(d => period.From!.Value.AddDays(d)).Where(period.Contains)
            .Select(d => ResponseMetricsReport.WeekKey(d)).Distinct().Count());
    }

    private static Incident Opened(string? service, Severity severity, string startedAt, int? acknowledgeAfter = null, int? resolveAfter = null)
    {
        var start = DateTimeOffset.Parse(startedAt, System.Globalization.CultureInfo.InvariantCulture);
        var incident = Incident.Open("Errors", severity, service, start, start, declaredBy: null);
        if (acknowledgeAfter is { } ack)
        {
            incident.Acknowledge("ada", start.AddMinutes(ack));
        }

        if (resolveAfter is { } resolve)
        {
            incident.Resolve("ada", start.AddMinutes(resolve), null);
        }

        return incident;
    }
}
