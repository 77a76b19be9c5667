using System.Text.Json.Nodes;

using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Tests.Alerts;

public sealed class AlertmanagerParserTests
{
    private const string Fixture = "alertmanager.json";

    private readonly AlertmanagerParser _parser = new();

    [Fact]
    public void Parse_RealV4Payload_ReturnsProbeFailureAlert()
    {
        NormalizedAlert alert = Assert.Single(AlertFixtures.ParseAlerts(_parser, AlertFixtures.Read(Fixture)));

        Assert.Equal("alertmanager", alert.Source);
        Assert.Equal("BlackBox Probe Failure: https://server.example.org", alert.Title);
        Assert.Equal("Instance https://server.example.org has been down for over 5m. Job: http_checks", alert.Description);
        Assert.Equal("1a30ba71cca2921f", alert.Fingerprint);
        Assert.Equal("alertmanager:{}/{severity=\"critical\"}:{alertname=\"ProbeFailure\"}", alert.GroupKey);
        Assert.Equal(AlertStatus.Firing, alert.Status);
        Assert.Equal(new DateTimeOffset(2023, 2, 6, 13, 8, 45, 828, TimeSpan.Zero), alert.StartsAt);
        Assert.Equal(TimeSpan.Zero, alert.StartsAt.Offset);
        Assert.Null(alert.EndsAt);
        Assert.Equal("http_checks", alert.Service);
        Assert.Equal(Severity.Sev1, alert.Severity);
        Assert.Equal("http://prometheus.example.org:9090/graph?g0.expr=probe_success+%3D%3D+0&g0.tab=1", alert.Link);
        Assert.Equal("https://server.example.org", alert.Labels["instance"]);
        Assert.Equal(5, alert.Labels.Count);
    }

    [Fact]
    public void Parse_GoZeroEndsAt_ReturnsNullEndsAt()
    {
        byte[] body = AlertFixtures.ReadWithFirstAlert(Fixture, alert => alert["endsAt"] = "0001-01-01T00:00:00Z");

        Assert.Null(Assert.Single(AlertFixtures.ParseAlerts(_parser, body)).EndsAt);
    }

    [Fact]
    public void Parse_ResolvedPayload_ReturnsResolvedAlertWithEndsAt()
    {
        NormalizedAlert alert = Assert.Single(AlertFixtures.ParseAlerts(_parser, AlertFixtures.Read("alertmanager-resolved.json")));

        Assert.Equal(AlertStatus.Resolved, alert.Status);
        Assert.Equal("1a30ba71cca2921f", alert.Fingerprint);
        Assert.Equal(new DateTimeOffset(2023, 2, 6, 13, 23, 45, 828, TimeSpan.Zero), alert.EndsAt);
    }

    [Fact]
    public void Parse_NanosecondTimeWithOffset_ReturnsUtc()
    {
        byte[] body = AlertFixtures.ReadWithFirstAlert(Fixture, alert => alert["startsAt"] = "2023-02-06T14:08:45.828123456+01:00");

        NormalizedAlert alert = Assert.Single(AlertFixtures.ParseAlerts(_parser, body));

        Assert.Equal(new DateTimeOffset(2023, 2, 6, 13, 8, 45, TimeSpan.Zero).AddTicks(8_281_234), alert.StartsAt);
        Assert.Equal(TimeSpan.Zero, alert.StartsAt.Offset);
    }

    [Fact]
    public void Parse_MissingFingerprint_UsesHashOfSortedLabels()
    {
        byte[] body = AlertFixtures.ReadWithFirstAlert(Fixture, alert => alert.Remove("fingerprint"));
        byte[] reordered = AlertFixtures.ReadWithFirstAlert(Fixture, alert =>
        {
            alert.Remove("fingerprint");
            alert["labels"] = new JsonObject { ["severity"] = "critical", ["monitor"] = "master", ["job"] = "http_checks", ["instance"] = "https://server.example.org", ["alertname"] = "ProbeFailure" };
        });
        byte[] otherInstance = AlertFixtures.ReadWithFirstAlert(Fixture, alert =>
        {
            alert.Remove("fingerprint");
            alert["labels"]!["instance"] = "https://other.example.org";
        });

        string fingerprint = Assert.Single(AlertFixtures.ParseAlerts(_parser, body)).Fingerprint;

        Assert.Matches("^[0-9a-f]{16}$", fingerprint);
        Assert.Equal(fingerprint, Assert.Single(AlertFixtures.ParseAlerts(_parser, reordered)).Fingerprint);
        Assert.NotEqual(fingerprint, Assert.Single(AlertFixtures.ParseAlerts(_parser, otherInstance)).Fingerprint);
    }

    [Fact]
    public void Parse_NoSummaryAnnotation_UsesAlertnameAsTitle()
    {
        byte[] body = AlertFixtures.ReadWithFirstAlert(Fixture, alert => alert["annotations"] = new JsonObject());

        NormalizedAlert alert = Assert.Single(AlertFixtures.ParseAlerts(_parser, body));

        Assert.Equal("ProbeFailure", alert.Title);
        Assert.Null(alert.Description);
    }

    [Fact]
    public void Parse_ServiceLabel_WinsOverJob()
    {
        byte[] body = AlertFixtures.ReadWithFirstAlert(Fixture, alert => alert["labels"]!["service"] = "website");

        Assert.Equal("website", Assert.Single(AlertFixtures.ParseAlerts(_parser, body)).Service);
    }

    [Fact]
    public void Parse_NoServiceOrJobLabel_UsesAppLabel()
    {
        byte[] body = AlertFixtures.ReadWithFirstAlert(Fixture, alert =>
        {
            alert["labels"]!.AsObject().Remove("job");
            alert["labels"]!["app"] = "frontend";
        });

        Assert.Equal("frontend", Assert.Single(AlertFixtures.ParseAlerts(_parser, body)).Service);
    }

    [Fact]
    public void Parse_UnknownSeverityLabel_ReturnsNullSeverity()
    {
        byte[] body = AlertFixtures.ReadWithFirstAlert(Fixture, alert => alert["labels"]!["severity"] = "catastrophic");

        Assert.Null(Assert.Single(AlertFixtures.ParseAlerts(_parser, body)).Severity);
    }

    [Fact]
    public void Parse_MalformedJson_ReturnsFailure()
    {
        string error = AlertFixtures.ParseError(_parser, """{ "version": "4", "alerts": [ """u8);

        Assert.StartsWith("body is not JSON:", error);
    }

    [Fact]
    public void Parse_EmptyBody_ReturnsFailure()
    {
        Assert.StartsWith("body is not JSON:", AlertFixtures.ParseError(_parser, []));
    }

    [Fact]
    public void Parse_ContentAfterObject_ReturnsFailure()
    {
        Assert.StartsWith("body is not JSON:", AlertFixtures.ParseError(_parser, """{ "version": "4" } {}"""u8));
    }

    [Fact]
    public void Parse_ArrayBody_ReturnsFailure()
    {
        Assert.Equal("body must be a JSON object, not an array", AlertFixtures.ParseError(_parser, "[]"u8));
    }

    [Fact]
    public void Parse_VersionThree_ReturnsFailureNamingVersions()
    {
        byte[] body = AlertFixtures.ReadWith(Fixture, payload => payload["version"] = "3");

        Assert.Equal("unsupported Alertmanager webhook version '3'; expected '4'", AlertFixtures.ParseError(_parser, body));
    }

    [Fact]
    public void Parse_MissingVersion_ReturnsFailure()
    {
        byte[] body = AlertFixtures.ReadWith(Fixture, payload => payload.Remove("version"));

        Assert.Contains("missing field 'version'", AlertFixtures.ParseError(_parser, body));
    }

    [Fact]
    public void Parse_MissingAlerts_ReturnsFailure()
    {
        byte[] body = AlertFixtures.ReadWith(Fixture, payload => payload.Remove("alerts"));

        Assert.Equal("missing field 'alerts'", AlertFixtures.ParseError(_parser, body));
    }

    [Fact]
    public void Parse_MissingGroupKey_ReturnsFailure()
    {
        byte[] body = AlertFixtures.ReadWith(Fixture, payload => payload.Remove("groupKey"));

        Assert.Equal("missing field 'groupKey'", AlertFixtures.ParseError(_parser, body));
    }

    [Fact]
    public void Parse_UnknownAlertStatus_ReturnsFailureNamingTheAlert()
    {
        byte[] body = AlertFixtures.ReadWithFirstAlert(Fixture, alert => alert["status"] = "pending");

        Assert.Equal("alerts[0]: field 'status' is 'pending'; expected 'firing' or 'resolved'", AlertFixtures.ParseError(_parser, body));
    }

    [Fact]
    public void Parse_StartsAtWithoutOffset_ReturnsFailure()
    {
        byte[] body = AlertFixtures.ReadWithFirstAlert(Fixture, alert => alert["startsAt"] = "2023-02-06T13:08:45");

        Assert.Contains("field 'startsAt' must be an ISO-8601 time with 'Z' or an offset", AlertFixtures.ParseError(_parser, body));
    }

    [Fact]
    public void Parse_NumericLabelValue_ReturnsFailure()
    {
        byte[] body = AlertFixtures.ReadWithFirstAlert(Fixture, alert => alert["labels"]!["severity"] = 1);

        Assert.Equal("alerts[0]: field 'labels.severity' must be a string, not a number", AlertFixtures.ParseError(_parser, body));
    }
}
