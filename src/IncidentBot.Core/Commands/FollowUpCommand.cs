using IncidentBot.Core.Incidents;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Commands;

/// <summary><c>/incident followup &lt;text&gt;</c>: records a preventive measure or follow-up action.</summary>
public sealed class FollowUpCommand(IncidentResponse response) : TimelineTextCommand(response)
{
    public override string Name => "followup";

    public override string Summary => "records a follow-up action for the postmortem";

    protected override TimelineKind Kind => TimelineKind.FollowUp;

    protected override string Label => "Follow-up";
}
