using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Jobs;
using IncidentBot.Core.People;
using IncidentBot.Core.Tests.Outbox;
using static IncidentBot.Core.Tests.Incidents.Moments;

namespace IncidentBot.Core.Tests.Incidents;

/// <summary>The next escalation step follows the last page by the policy's wait, only while nobody has acknowledged.</summary>
public sealed class EscalationTimerTests
{
    private readonly RecordingScheduler _scheduler = new();
    private readonly EscalationTimer _timer;

    public EscalationTimerTests() =>
        _timer = new EscalationTimer(_scheduler, new IncidentSettings { Escalation = new EscalationPolicy(TimeSpan.FromMinutes(5), [["ada"], ["kofi"]]) });

    [Fact]
    public void Continue_LevelOnePagedNobodyAcknowledged_SchedulesLevelTwoAfterTheWait()
    {
        var incident = Paged(level: 1);

        Assert.True(_timer.Continue(incident, At("10:02")));

        Assert.Equal([(7, 2, At("10:07"))], _scheduler.Escalations);
    }

    [Fact]
    public void Continue_LastLevelPaged_SchedulesTheEveryLevelPagedStep()
    {
        Assert.True(_timer.Continue(Paged(level: 2), At("10:02")));

        Assert.Equal([(7, 3, At("10:07"))], _scheduler.Escalations);
    }

    [Fact]
    public void Continue_AcknowledgedNotYetPagedOrPastTheLastLevel_SchedulesNothing()
    {
        var acknowledged = Paged(level: 1);
        acknowledged.Acknowledge("ada", At("10:01"));

        Assert.False(_timer.Continue(acknowledged, At("10:02")));
        Assert.False(_timer.Continue(Paged(level: 0), At("10:02")));
        Assert.False(_timer.Continue(Paged(level: 3), At("10:02")));
        Assert.Empty(_scheduler.Escalations);
    }

    private static Incident Paged(int level)
    {
        var incident = Incident.Open("5xx is failing", Severity.Sev2, "checkout", At("10:00"), At("10:00"), declaredBy: null);
        incident.State.Number = 7;
        incident.State.PagedLevel = level;
        return incident;
    }
}
