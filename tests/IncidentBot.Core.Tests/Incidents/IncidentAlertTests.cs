using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using static IncidentBot.Core.Tests.Incidents.Moments;

namespace IncidentBot.Core.Tests.Incidents;

/// <summary>Alerts joining an incident: repeats change nothing, the impact start follows the earliest alert, and the last resolved alert mitigates.</summary>
public sealed class IncidentAlertTests
{
    private readonly Incident _incident = OpenedBy5xx();

    [Fact]
    public void ApplyAlert_RepeatedFiringDelivery_ReturnsFalseAndAddsNothing()
    {
        var entries = _incident.Timeline.Count;

        Assert.False(_incident.ApplyAlert(Firing("5xx", "10:00"), At("10:03")));

        Assert.Equal(entries, _incident.Timeline.Count);
        Assert.Single(_incident.State.Alerts);
    }

    [Fact]
    public void ApplyAlert_RepeatedResolvedDelivery_ReturnsFalseAndAddsNothing()
    {
        Assert.True(_incident.ApplyAlert(Resolved("5xx", "10:00", "10:20"), At("10:21")));
        var entries = _incident.Timeline.Count;

        Assert.False(_incident.ApplyAlert(Resolved("5xx", "10:00", "10:20"), At("10:25")));

        Assert.Equal(entries, _incident.Timeline.Count);
    }

    [Fact]
    public void ApplyAlert_NewFingerprintInTheGroup_AddsAnAlertFiredEntry()
    {
        Assert.True(_incident.ApplyAlert(Firing("latency", "10:05"), At("10:06")));

        Assert.Equal(2, _incident.State.Alerts.Count);
        var fired = _incident.Timeline.Where(e => e.Kind == TimelineKind.AlertFired).ToList();
        Assert.Equal(["5xx is failing", "latency is failing"], fired.Select(e => e.Text));
        Assert.Equal(At("10:05"), fired[1].At);
        Assert.Equal(At("10:00"), _incident.State.StartedAt);
    }

    [Fact]
    public void ApplyAlert_EarlierAlert_MovesTheImpactStartEarlier()
    {
        _incident.ApplyAlert(Firing("latency", "09:50"), At("10:06"));

        Assert.Equal(At("09:50"), _incident.State.StartedAt);
        Assert.Equal(TimelineKind.AlertFired, _incident.Timeline[0].Kind);
        Assert.Equal(At("09:50"), _incident.Timeline[0].At);
    }

    [Fact]
    public void ApplyAlert_OneOfTwoAlertsResolved_LeavesTheIncidentUnmitigated()
    {
        _incident.ApplyAlert(Firing("latency", "10:05"), At("10:06"));

        _incident.ApplyAlert(Resolved("5xx", "10:00", "10:20"), At("10:21"));

        Assert.Null(_incident.State.MitigatedAt);
        Assert.Equal(IncidentStatus.Triggered, _incident.Status);
    }

    [Fact]
    public void ApplyAlert_EveryAlertResolved_MitigatesAtTheLastAlertsEndTime()
    {
        _incident.ApplyAlert(Firing("latency", "10:05"), At("10:06"));
        _incident.ApplyAlert(Resolved("latency", "10:05", "10:15"), At("10:16"));

        _incident.ApplyAlert(Resolved("5xx", "10:00", "10:20"), At("10:24"));

        Assert.Equal(IncidentStatus.Mitigated, _incident.Status);
        Assert.Equal(At("10:20"), _incident.State.MitigatedAt);
        var mitigated = Assert.Single(_incident.Timeline, e => e.Kind == TimelineKind.Mitigated);
        Assert.Equal(("All alerts resolved", At("10:20")), (mitigated.Text, mitigated.At));
    }

    [Fact]
    public void ApplyAlert_ResolvedWithEndAfterItArrived_EndsWhenItArrived()
    {
        _incident.ApplyAlert(Resolved("5xx", "10:00", "11:00"), At("10:24"));

        Assert.Equal(At("10:24"), _incident.State.MitigatedAt);
    }

    [Fact]
    public void ApplyAlert_FiringAgainAfterEveryAlertResolved_SaysSoAndTakesTheMitigationBack()
    {
        _incident.ApplyAlert(Resolved("5xx", "10:00", "10:20"), At("10:21"));
        Assert.Equal(IncidentStatus.Mitigated, _incident.Status);

        Assert.True(_incident.ApplyAlert(Firing("5xx", "10:30"), At("10:31")));

        Assert.Equal(["5xx is failing (firing again)", "No longer mitigated: 5xx is failing is firing again"], _incident.Timeline.TakeLast(2).Select(e => e.Text));
        Assert.True(_incident.State.HasFiringAlerts());
        Assert.Equal(IncidentStatus.Triggered, _incident.Status);
        Assert.Null(_incident.State.MitigatedAt);
    }

    [Fact]
    public void ApplyAlert_FiringAgainOnAMitigatedAcknowledgedIncident_StaysAcknowledged()
    {
        _incident.Acknowledge("kofi", At("10:05"));
        _incident.Mitigate("kofi", At("10:15"), "Rolled back");

        _incident.ApplyAlert(Firing("5xx", "10:30"), At("10:30"));

        Assert.Equal(IncidentStatus.Acknowledged, _incident.Status);
        Assert.Null(_incident.State.MitigatedAt);
        Assert.Equal(At("10:05"), _incident.State.AcknowledgedAt);
    }

    [Fact]
    public void ApplyAlert_EveryAlertResolvedAfterTheIncidentWasResolved_LeavesItResolved()
    {
        _incident.Resolve("kofi", At("10:10"), null);

        _incident.ApplyAlert(Resolved("5xx", "10:00", "10:20"), At("10:21"));

        Assert.Equal(IncidentStatus.Resolved, _incident.Status);
        Assert.Equal(At("10:10"), _incident.State.MitigatedAt);
        Assert.Equal(AlertStatus.Resolved, _incident.State.Alerts[0].Status);
    }
}
