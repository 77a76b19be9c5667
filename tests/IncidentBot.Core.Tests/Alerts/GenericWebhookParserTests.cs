using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Tests.Alerts;

public sealed class GenericWebhookParserTests
{
    private readonly GenericWebhookParser _parser = new();

    [Fact]
    public void Parse_SingleObject_ReturnsAlertWithEveryField()
    {
        NormalizedAlert alert = Assert.Single(AlertFixtures.ParseAlerts(_parser, AlertFixtures.Read("generic-single.json")));

        Assert.Equal("generic", alert.Source);
        Assert.Equal("Checkout error rate above 5%", alert.Title);
        Assert.Equal("5.3% of POST /orders requests fail with 502.", alert.Description);
        Assert.Equal("checkout-error-rate", alert.Fingerprint);
        Assert.Equal("generic:checkout", alert.GroupKey);
        Assert.Equal(AlertStatus.Firing, alert.Status);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), alert.StartsAt);
        Assert.Equal(TimeSpan.Zero, alert.StartsAt.Offset);
        Assert.Null(alert.EndsAt);
        Assert.Equal("checkout", alert.Service);
        Assert.Equal(Severity.Sev2, alert.Severity);
        Assert.Equal("https://grafana.example.com/d/checkout", alert.Link);
        Assert.Equal("payments", alert.Labels["team"]);
        Assert.Equal(2, alert.Labels.Count);
    }

    [Fact]
    public void Parse_AlertsArray_ReturnsEachAlert()
    {
        IReadOnlyList<NormalizedAlert> alerts = AlertFixtures.ParseAlerts(_parser, AlertFixtures.Read("generic-batch.json"));

        Assert.Equal(2, alerts.Count);
        NormalizedAlert disk = alerts[0];
        Assert.Equal("db-1-disk", disk.Fingerprint);
        Assert.Equal("generic:db-1-disk", disk.GroupKey);
        Assert.Equal(AlertStatus.Firing, disk.Status);
        Assert.Equal(Severity.Sev3, disk.Severity);
        Assert.Equal("postgres", disk.Service);
        Assert.Empty(disk.Labels);
        Assert.Null(disk.Link);

        NormalizedAlert checkout = alerts[1];
        Assert.Equal("checkout-error-rate", checkout.Fingerprint);
        Assert.Equal("generic:checkout", checkout.GroupKey);
        Assert.Equal(AlertStatus.Resolved, checkout.Status);
        Assert.Null(checkout.Severity);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 31, 0, TimeSpan.Zero), checkout.EndsAt);
    }

    [Fact]
    public void Parse_NoIdentity_UsesStableHashOfTitleAndService()
    {
        NormalizedAlert first = Assert.Single(AlertFixtures.ParseAlerts(_parser, """{ "title": "Queue backlog", "service": "mailer", "startsAt": "2024-05-01T12:00:00Z" }"""u8));
        NormalizedAlert again = Assert.Single(AlertFixtures.ParseAlerts(_parser, """{ "service": "mailer", "title": "Queue backlog", "startsAt": "2024-05-01T12:05:00Z", "status": "resolved" }"""u8));
        NormalizedAlert otherService = Assert.Single(AlertFixtures.ParseAlerts(_parser, """{ "title": "Queue backlog", "service": "billing", "startsAt": "2024-05-01T12:00:00Z" }"""u8));

        Assert.Matches("^[0-9a-f]{16}$", first.Fingerprint);
        Assert.Equal(first.Fingerprint, again.Fingerprint);
        Assert.NotEqual(first.Fingerprint, otherService.Fingerprint);
        Assert.Equal("generic:" + first.Fingerprint, first.GroupKey);
    }

    [Fact]
    public void Parse_MissingTitle_ReturnsFailure()
    {
        string error = AlertFixtures.ParseError(_parser, """{ "service": "mailer", "startsAt": "2024-05-01T12:00:00Z" }"""u8);

        Assert.Equal("missing field 'title'", error);
    }

    [Fact]
    public void Parse_FiringWithoutStartsAt_ReturnsFailure()
    {
        string error = AlertFixtures.ParseError(_parser, """{ "title": "Queue backlog" }"""u8);

        Assert.Equal("missing field 'startsAt' (required for a firing alert)", error);
    }

    [Fact]
    public void Parse_ResolvedWithoutStartsAt_UsesEndsAt()
    {
        NormalizedAlert alert = Assert.Single(AlertFixtures.ParseAlerts(_parser, """{ "title": "Queue backlog", "status": "resolved", "endsAt": "2024-05-01T12:30:00Z" }"""u8));

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 30, 0, TimeSpan.Zero), alert.StartsAt);
        Assert.Equal(alert.StartsAt, alert.EndsAt);
    }

    [Fact]
    public void Parse_ResolvedWithoutAnyTime_ReturnsFailure()
    {
        string error = AlertFixtures.ParseError(_parser, """{ "title": "Queue backlog", "status": "resolved" }"""u8);

        Assert.Equal("missing field 'startsAt' (or 'endsAt' for a resolved alert)", error);
    }

    [Fact]
    public void Parse_BadAlertInArray_ReturnsFailureNamingItsIndex()
    {
        string error = AlertFixtures.ParseError(_parser, """{ "alerts": [ { "title": "ok", "startsAt": "2024-05-01T12:00:00Z" }, { "startsAt": "2024-05-01T12:00:00Z" } ] }"""u8);

        Assert.Equal("alerts[1]: missing field 'title'", error);
    }

    [Fact]
    public void Parse_AlertsNotArray_ReturnsFailure()
    {
        Assert.Equal("field 'alerts' must be an array, not an object", AlertFixtures.ParseError(_parser, """{ "alerts": {} }"""u8));
    }

    [Fact]
    public void Parse_UnknownStatus_ReturnsFailure()
    {
        string error = AlertFixtures.ParseError(_parser, """{ "title": "Queue backlog", "status": "ok", "startsAt": "2024-05-01T12:00:00Z" }"""u8);

        Assert.Equal("field 'status' is 'ok'; expected 'firing' or 'resolved'", error);
    }

    [Fact]
    public void Parse_TimeWithoutOffset_ReturnsFailure()
    {
        string error = AlertFixtures.ParseError(_parser, """{ "title": "Queue backlog", "startsAt": "2024-05-01T12:00:00" }"""u8);

        Assert.Equal("field 'startsAt' must be an ISO-8601 time with 'Z' or an offset, got '2024-05-01T12:00:00'", error);
    }

    [Fact]
    public void Parse_TitleNotString_ReturnsFailure()
    {
        string error = AlertFixtures.ParseError(_parser, """{ "title": 42, "startsAt": "2024-05-01T12:00:00Z" }"""u8);

        Assert.Equal("field 'title' must be a string, not a number", error);
    }

    [Fact]
    public void Parse_UnknownSeverity_ReturnsNullSeverity()
    {
        NormalizedAlert alert = Assert.Single(AlertFixtures.ParseAlerts(_parser, """{ "title": "Queue backlog", "severity": "sev9", "startsAt": "2024-05-01T12:00:00Z" }"""u8));

        Assert.Null(alert.Severity);
    }

    [Fact]
    public void Parse_MalformedJson_ReturnsFailure()
    {
        Assert.StartsWith("body is not JSON:", AlertFixtures.ParseError(_parser, "title=Queue backlog"u8));
    }
}
