using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using static IncidentBot.Core.Tests.Incidents.Moments;

namespace IncidentBot.Core.Tests.Incidents;

/// <summary>
/// Whether a level was reached is judged on who that level paged when it was paged (a schedule's person of the
/// moment), not on who the configuration lists.
/// </summary>
public sealed class IncidentPagedLevelTests
{
    [Fact]
    public void NobodyReachedAtPagedLevel_EveryonePagedAtTheLevelRefused_IsTrue()
    {
        var incident = Open();
        incident.RecordPaged(1, ["kofi"], "Paged Kofi (level 1)", At("10:00"), by: null, escalation: false);

        incident.RecordPageFailed("kofi", 1, "Page to Kofi failed: user_not_found", At("10:01"));

        Assert.True(incident.NobodyReachedAtPagedLevel());
    }

    [Fact]
    public void NobodyReachedAtPagedLevel_SomeoneOfTheLevelNotRefused_IsFalse()
    {
        var incident = Open();
        incident.RecordPaged(1, ["kofi", "tom"], "Paged Kofi, Tom (level 1)", At("10:00"), by: null, escalation: false);
        incident.RecordPageFailed("kofi", 1, "Page to Kofi failed", At("10:01"));

        Assert.False(incident.NobodyReachedAtPagedLevel());
        Assert.Equal(["kofi", "tom"], incident.State.LevelPeople);
    }

    [Fact]
    public void RecordPaged_ANewLevel_StartsItsPeopleAfresh_WhileEveryonePagedIsKept()
    {
        var incident = Open();
        incident.RecordPaged(1, ["kofi"], "Paged Kofi (level 1)", At("10:00"), by: null, escalation: false);
        incident.RecordPageFailed("kofi", 1, "Page to Kofi failed", At("10:01"));

        incident.RecordPaged(2, ["tom"], "escalated to level 2: Tom", At("10:01"), by: null, escalation: true);

        Assert.Equal(["tom"], incident.State.LevelPeople);
        Assert.Equal(["kofi", "tom"], incident.State.PagedPeople);
        Assert.False(incident.NobodyReachedAtPagedLevel());
    }

    [Fact]
    public void RecordNobodyOnCall_EndsTheChainPastTheLastLevel()
    {
        var incident = Open();

        incident.RecordNobodyOnCall(3, "Nobody is on call for primary (level 1) at 03:12", At("03:12"), escalation: false);

        Assert.Equal(3, incident.State.PagedLevel);
        Assert.Empty(incident.State.LevelPeople);
        Assert.Equal(TimelineKind.Paged, incident.Timeline[^1].Kind);
        Assert.False(incident.NobodyReachedAtPagedLevel());
    }

    private static Incident Open() => Incident.Open("5xx is failing", Severity.Sev2, "checkout", At("10:00"), At("10:00"), declaredBy: null);
}
