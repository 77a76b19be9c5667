using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using static IncidentBot.Core.Tests.Incidents.Moments;

namespace IncidentBot.Core.Tests.Incidents;

/// <summary>An alert whose source cannot tell whether it fires (CloudWatch INSUFFICIENT_DATA): written down, never a resolve.</summary>
public sealed class IncidentUnknownAlertTests
{
    private readonly Incident _incident = OpenedBy5xx();

    [Fact]
    public void ApplyAlert_FiringAlertTurnsUnknown_RecordsItAndDoesNotMitigate()
    {
        Assert.True(_incident.ApplyAlert(Unknown("5xx", "10:30"), At("10:31")));

        Assert.Equal(IncidentStatus.Triggered, _incident.Status);
        Assert.Null(_incident.State.MitigatedAt);
        var entry = Assert.Single(_incident.Timeline, e => e.Kind == TimelineKind.AlertUnknown);
        Assert.Equal(("5xx is failing", At("10:30")), (entry.Text, entry.At));
        var alert = Assert.Single(_incident.State.Alerts);
        Assert.Equal((AlertStatus.Unknown, At("10:00")), (alert.Status, alert.StartsAt));
    }

    [Fact]
    public void ApplyAlert_UnknownRepeated_ChangesNothing()
    {
        _incident.ApplyAlert(Unknown("5xx", "10:30"), At("10:31"));
        var entries = _incident.Timeline.Count;

        Assert.False(_incident.ApplyAlert(Unknown("5xx", "10:30"), At("10:35")));

        Assert.Equal(entries, _incident.Timeline.Count);
    }

    [Fact]
    public void ApplyAlert_OtherAlertResolvesWhileOneIsUnknown_LeavesTheIncidentUnmitigated()
    {
        _incident.ApplyAlert(Firing("latency", "10:05"), At("10:06"));
        _incident.ApplyAlert(Unknown("5xx", "10:30"), At("10:31"));

        _incident.ApplyAlert(Resolved("latency", "10:05", "10:40"), At("10:41"));

        Assert.Null(_incident.State.MitigatedAt);
    }

    [Fact]
    public void ApplyAlert_UnknownAlertResolves_Mitigates()
    {
        _incident.ApplyAlert(Unknown("5xx", "10:30"), At("10:31"));

        _incident.ApplyAlert(Resolved("5xx", "10:00", "10:45"), At("10:46"));

        Assert.Equal(IncidentStatus.Mitigated, _incident.Status);
    }
}
