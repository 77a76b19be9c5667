using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems.Conversation;

namespace IncidentBot.Core.Tests.Incidents;

/// <summary>A finding of the conversation is asked about once, and becomes a fact only when someone confirms it.</summary>
public sealed class IncidentFindingTests
{
    private static readonly DateTimeOffset Opened = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SaidAt = Opened.AddMinutes(27);
    private static readonly Finding RootCause = new(FindingKind.RootCause, "found it: the root cause is the expired certificate", "m-27", "irene", "Irene Adler", SaidAt, "https://chat.example/m-27");

    private readonly Incident _incident = Incident.Open("Checkout down", Severity.Sev2, "checkout", Opened, Opened, declaredBy: null);

    [Fact]
    public void ProposeFinding_Twice_IsAskedAboutOnce()
    {
        var first = _incident.ProposeFinding(RootCause);
        var again = _incident.ProposeFinding(RootCause with { AuthorName = "Irene A." });
        var other = _incident.ProposeFinding(RootCause with { Kind = FindingKind.ActionItem, Statement = "action item: alert on expiry" });

        Assert.Equal((1, FindingStatus.Proposed), (first!.Id, first.Status));
        Assert.Null(again);
        Assert.Equal(2, other!.Id);
    }

    [Fact]
    public void DecideFinding_Confirmed_IsOnTheTimelineWhenSaid_BySayerAndConfirmer()
    {
        var finding = _incident.ProposeFinding(RootCause)!;

        Assert.True(_incident.DecideFinding(finding, confirmed: true, "kofi", Opened.AddMinutes(50)));

        var entry = Assert.Single(_incident.Timeline, e => e.Kind == TimelineKind.RootCause);
        Assert.Equal((SaidAt, "irene", "kofi", "m-27", "https://chat.example/m-27"), (entry.At, entry.By, entry.ConfirmedBy, entry.MessageId, entry.Link));
        Assert.Equal(RootCause.Statement, entry.Text);
        Assert.Equal((FindingStatus.Confirmed, "kofi"), (finding.Status, finding.DecidedBy));
    }

    [Fact]
    public void DecideFinding_Rejected_StaysOffTheTimeline_AndCannotBeConfirmedAfter()
    {
        var finding = _incident.ProposeFinding(RootCause)!;

        Assert.True(_incident.DecideFinding(finding, confirmed: false, "kofi", Opened.AddMinutes(50)));
        Assert.False(_incident.DecideFinding(finding, confirmed: true, "ada", Opened.AddMinutes(51)));

        Assert.DoesNotContain(_incident.Timeline, e => e.Kind == TimelineKind.RootCause);
        Assert.Equal((FindingStatus.Rejected, "kofi"), (finding.Status, finding.DecidedBy));
    }

    [Theory]
    [InlineData(FindingKind.ActionItem, TimelineKind.FollowUp)]
    [InlineData(FindingKind.Impact, TimelineKind.Impact)]
    public void DecideFinding_ActionItemAndImpact_BecomeFollowUpAndImpactEntries(FindingKind kind, TimelineKind expected)
    {
        var finding = _incident.ProposeFinding(RootCause with { Kind = kind })!;

        _incident.DecideFinding(finding, confirmed: true, "kofi", Opened.AddMinutes(50));

        Assert.Contains(_incident.Timeline, e => e.Kind == expected && e.ConfirmedBy == "kofi");
    }
}
