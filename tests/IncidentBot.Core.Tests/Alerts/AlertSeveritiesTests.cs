using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Tests.Alerts;

public sealed class AlertSeveritiesTests
{
    [Theory]
    [InlineData("critical", Severity.Sev1)]
    [InlineData("page", Severity.Sev1)]
    [InlineData("P1", Severity.Sev1)]
    [InlineData("sev1", Severity.Sev1)]
    [InlineData("error", Severity.Sev2)]
    [InlineData("high", Severity.Sev2)]
    [InlineData("major", Severity.Sev2)]
    [InlineData("p2", Severity.Sev2)]
    [InlineData("SEV2", Severity.Sev2)]
    [InlineData("warning", Severity.Sev3)]
    [InlineData("medium", Severity.Sev3)]
    [InlineData("minor", Severity.Sev3)]
    [InlineData("p3", Severity.Sev3)]
    [InlineData(" Warning ", Severity.Sev3)]
    [InlineData("info", Severity.Sev4)]
    [InlineData("low", Severity.Sev4)]
    [InlineData("p4", Severity.Sev4)]
    [InlineData("sev4", Severity.Sev4)]
    public void FromName_KnownWord_ReturnsSeverity(string name, Severity expected)
    {
        Assert.Equal(expected, AlertSeverities.FromName(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sev5")]
    [InlineData("none")]
    [InlineData("catastrophic")]
    public void FromName_UnknownWord_ReturnsNull(string? name)
    {
        Assert.Null(AlertSeverities.FromName(name));
    }
}
