using IncidentBot.Core.Incidents;
using static IncidentBot.Core.Tests.Incidents.Moments;

namespace IncidentBot.Core.Tests.Incidents;

/// <summary>The timeline stays in time order; metrics appear as the incident reaches each point.</summary>
public sealed class IncidentTimelineTests
{
    private readonly Incident _incident = Incident.Open("Checkout fails", Severity.Sev2, "checkout", At("10:00"), At("10:04"), "ada");

    [Fact]
    public void Record_EarlierThanTheLastEntry_IsPlacedInTimeOrder()
    {
        _incident.Record(TimelineKind.Note, "second", At("10:10"));
        _incident.Record(TimelineKind.Note, "third", At("10:20"));

        var pinned = _incident.Record(TimelineKind.MessagePinned, "first", At("10:05"));

        Assert.Equal(["first", "second", "third"], _incident.Timeline.Select(e => e.Text));
        Assert.Same(pinned, _incident.LastRecorded);
    }

    [Fact]
    public void Record_AtTheSameTime_KeepsTheOrderOfRecording()
    {
        _incident.Record(TimelineKind.Note, "a", At("10:10"));
        _incident.Record(TimelineKind.Note, "c", At("10:20"));

        _incident.Record(TimelineKind.Note, "b", At("10:10"));

        Assert.Equal(["a", "b", "c"], _incident.Timeline.Select(e => e.Text));
    }

    [Fact]
    public void Open_ImpactReportedAfterOpening_StartsAtTheOpening()
    {
        var incident = Incident.Open("  Checkout fails  ", Severity.Sev3, null, At("10:09"), At("10:04"), null);

        Assert.Equal(At("10:04"), incident.State.StartedAt);
        Assert.Equal("Checkout fails", incident.State.Title);
        Assert.Equal(IncidentStatus.Triggered, incident.Status);
    }

    [Fact]
    public void Metrics_NothingReached_AreAllNull()
    {
        Assert.Equal(new IncidentMetrics(null, null, null), _incident.Metrics);
    }

    [Fact]
    public void Metrics_AsEachPointIsReached_MeasureAcknowledgeFromOpeningAndTheRestFromImpactStart()
    {
        _incident.Acknowledge("ada", At("10:10"));
        Assert.Equal(new IncidentMetrics(TimeSpan.FromMinutes(6), null, null), _incident.Metrics);

        _incident.Mitigate("kofi", At("10:20"), null);
        Assert.Equal(new IncidentMetrics(TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(20), null), _incident.Metrics);

        _incident.Resolve("kofi", At("10:45"), null);
        Assert.Equal(new IncidentMetrics(TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(45)), _incident.Metrics);
    }

    [Fact]
    public void Metrics_AfterReopen_MitigateAndResolveAreNotReachedAgain()
    {
        _incident.Acknowledge("ada", At("10:10"));
        _incident.Resolve("kofi", At("10:45"), null);

        _incident.Reopen("ada", At("11:00"), null);

        Assert.Equal(new IncidentMetrics(TimeSpan.FromMinutes(6), null, null), _incident.Metrics);
    }
}
