using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Tests.Postmortems;

/// <summary>
/// An incident across the 2024 spring-forward in London (01:00 GMT became 02:00 BST on 31 March): local times
/// jump an hour, the duration does not.
/// </summary>
public sealed class PostmortemDrafterDstTests
{
    private static readonly DateTimeOffset Start = new(2024, 3, 31, 0, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Draft_ZoneChangesOffsetMidIncident_ShowsLocalTimesAndTheDurationFromUtc()
    {
        var draft = new PostmortemDrafter().Draft(Input());

        Assert.Equal(["00:30", "00:30", "00:40", "03:05", "03:30"], DraftSections.TimelineRows(draft).Select(r => r.Time));
        Assert.Contains("| Time (Europe/London) | Event |", draft, StringComparison.Ordinal);
        var summary = DraftSections.Section(draft, "Summary");
        Assert.Contains("On 31 March 2024 at 00:30 (Europe/London)", summary, StringComparison.Ordinal);
        Assert.Contains("The impact lasted 2 hours, from 00:30 to 03:30.", summary, StringComparison.Ordinal);
        Assert.Contains("**Duration:** 2 hours, from 00:30 to 03:30 on 31 March 2024 (Europe/London)", DraftSections.Section(draft, "Impact"), StringComparison.Ordinal);
        Assert.Contains("rows from 00:30 are UTC+00:00 and rows from 03:05 are UTC+01:00", DraftSections.Section(draft, "Timeline"), StringComparison.Ordinal);
        Assert.Contains("| Time to resolve (from the impact start at 00:30) | 2 hours |", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Not mitigated yet.", draft, StringComparison.Ordinal);
    }

    private static PostmortemInput Input()
    {
        var incident = Incident.Open("checkout latency above 2s", Severity.Sev2, "checkout", Start, Start, declaredBy: null);
        incident.State.Number = 7;
        incident.ApplyAlert(
            new NormalizedAlert("grafana", "f1", "checkout-latency", AlertStatus.Firing, "checkout latency above 2s", null, "checkout", Severity.Sev2, Start, null, null, new Dictionary<string, string>()),
            Start);
        incident.RecordPaged(1, ["ada"], "Paged Ada Mensah (level 1)", Start, by: null, escalation: false);
        incident.Acknowledge("ada", Start.AddMinutes(10));
        incident.Record(TimelineKind.Note, "Scaled checkout out to 6 instances", Start.AddMinutes(95), "ada", "https://chat.example/m/5");
        incident.Resolve("ada", Start.AddHours(2), "Latency back under 300ms");
        incident.LastRecorded!.Link = "https://chat.example/m/6";
        var people = new PeopleDirectory([new Person("ada", "Ada Mensah")]);
        return new PostmortemInput(incident, [], [], [], people, DisplayZone.Parse("Europe/London"));
    }
}
