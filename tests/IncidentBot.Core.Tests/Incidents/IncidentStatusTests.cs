using IncidentBot.Core.Incidents;
using static IncidentBot.Core.Tests.Incidents.Moments;

namespace IncidentBot.Core.Tests.Incidents;

/// <summary>Status moves only forward, each step once; only reopen goes back.</summary>
public sealed class IncidentStatusTests
{
    private readonly Incident _incident = Incident.Open("Checkout fails", Severity.Sev2, "checkout", At("10:00"), At("10:02"), "ada");

    [Fact]
    public void Acknowledge_Twice_SecondReturnsFalseAndKeepsTheFirst()
    {
        Assert.True(_incident.Acknowledge("ada", At("10:05")));

        Assert.False(_incident.Acknowledge("kofi", At("10:06"), "5m"));

        Assert.Equal(("ada", At("10:05")), (_incident.State.AcknowledgedBy, _incident.State.AcknowledgedAt));
        Assert.Single(_incident.Timeline, e => e.Kind == TimelineKind.Acknowledged);
    }

    [Fact]
    public void Mitigate_Twice_SecondReturnsFalseAndKeepsTheFirstTime()
    {
        Assert.True(_incident.Mitigate("kofi", At("10:20"), "traffic moved"));

        Assert.False(_incident.Mitigate("ada", At("10:25"), null));

        Assert.Equal(At("10:20"), _incident.State.MitigatedAt);
        Assert.Single(_incident.Timeline, e => e.Kind == TimelineKind.Mitigated);
    }

    [Fact]
    public void Resolve_Twice_SecondReturnsFalseAndKeepsTheFirstTime()
    {
        Assert.True(_incident.Resolve("kofi", At("10:30"), null));

        Assert.False(_incident.Resolve("ada", At("10:40"), "really"));

        Assert.Equal(At("10:30"), _incident.State.ResolvedAt);
        Assert.Single(_incident.Timeline, e => e.Kind == TimelineKind.Resolved);
    }

    [Fact]
    public void Acknowledge_AfterMitigated_ReturnsFalseAndStatusStaysMitigated()
    {
        _incident.Mitigate("kofi", At("10:20"), null);

        Assert.False(_incident.Acknowledge("ada", At("10:21")));

        Assert.Equal(IncidentStatus.Mitigated, _incident.Status);
        Assert.DoesNotContain(_incident.Timeline, e => e.Kind == TimelineKind.Acknowledged);
    }

    [Fact]
    public void MitigateAndAcknowledge_AfterResolved_ReturnFalseAndStatusStaysResolved()
    {
        _incident.Resolve("kofi", At("10:30"), null);

        Assert.False(_incident.Mitigate("ada", At("10:31"), null));
        Assert.False(_incident.Acknowledge("ada", At("10:32")));

        Assert.Equal(IncidentStatus.Resolved, _incident.Status);
        Assert.False(_incident.IsOpen);
    }

    [Fact]
    public void Resolve_StraightFromTriggered_SetsMitigatedAtToTheSameTime()
    {
        _incident.Resolve("kofi", At("10:30"), "false alarm");

        Assert.Equal(At("10:30"), _incident.State.MitigatedAt);
        Assert.Equal("false alarm", _incident.Timeline[^1].Text);
    }

    [Fact]
    public void Resolve_AfterMitigated_KeepsTheMitigationTime()
    {
        _incident.Mitigate("kofi", At("10:20"), null);

        _incident.Resolve("kofi", At("10:30"), null);

        Assert.Equal(At("10:20"), _incident.State.MitigatedAt);
    }

    [Fact]
    public void Reopen_Triggered_ReturnsFalseAndRecordsNothing()
    {
        var entries = _incident.Timeline.Count;

        Assert.False(_incident.Reopen("ada", At("10:10"), "again"));

        Assert.Equal(IncidentStatus.Triggered, _incident.Status);
        Assert.Equal(entries, _incident.Timeline.Count);
    }

    [Fact]
    public void Reopen_Mitigated_ReturnsFalseAndKeepsTheMitigation()
    {
        _incident.Mitigate("kofi", At("10:20"), null);

        Assert.False(_incident.Reopen("ada", At("10:25"), null));

        Assert.Equal((IncidentStatus.Mitigated, At("10:20")), (_incident.Status, _incident.State.MitigatedAt));
    }

    [Fact]
    public void Reopen_ResolvedAfterAcknowledge_GoesBackToAcknowledgedAndClearsTheEndTimes()
    {
        _incident.Acknowledge("ada", At("10:05"));
        _incident.Resolve("kofi", At("10:30"), null);

        Assert.True(_incident.Reopen("ada", At("10:45"), " errors are back "));

        Assert.Equal(IncidentStatus.Acknowledged, _incident.Status);
        Assert.True(_incident.IsOpen);
        Assert.Null(_incident.State.ResolvedAt);
        Assert.Null(_incident.State.MitigatedAt);
        Assert.Equal(At("10:05"), _incident.State.AcknowledgedAt);
        Assert.Equal((TimelineKind.StatusUpdate, "Reopened: errors are back"), (_incident.Timeline[^1].Kind, _incident.Timeline[^1].Text));
    }

    [Fact]
    public void Reopen_ResolvedNeverAcknowledged_GoesBackToTriggeredAndCanBeResolvedAgain()
    {
        _incident.Resolve("kofi", At("10:30"), null);
        _incident.Reopen("ada", At("10:45"), null);

        Assert.Equal(IncidentStatus.Triggered, _incident.Status);
        Assert.True(_incident.Resolve("kofi", At("11:00"), null));
        Assert.Equal(At("11:00"), _incident.State.ResolvedAt);
    }

    [Fact]
    public void ChangeSeverityAndAssignLead_SameAgain_ReturnFalseAndRecordOnce()
    {
        Assert.True(_incident.ChangeSeverity(Severity.Sev1, "ada", At("10:05")));
        Assert.True(_incident.AssignLead("kofi", "Kofi Boateng", "ada", At("10:06")));

        Assert.False(_incident.ChangeSeverity(Severity.Sev1, "kofi", At("10:07")));
        Assert.False(_incident.AssignLead("kofi", "Kofi Boateng", "kofi", At("10:08")));

        Assert.Equal("Severity sev2 → sev1", Assert.Single(_incident.Timeline, e => e.Kind == TimelineKind.SeverityChanged).Text);
        Assert.Single(_incident.Timeline, e => e.Kind == TimelineKind.RoleAssigned);
    }
}
