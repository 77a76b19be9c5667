using IncidentBot.Core.Incidents;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Commands;

/// <summary><c>/incident rootcause &lt;text&gt;</c>: records the root cause for the postmortem.</summary>
public sealed class RootCauseCommand(IncidentResponse response) : TimelineTextCommand(response)
{
    public override string Name => "rootcause";

    public override string Summary => "records the root cause (the postmortem quotes it)";

    protected override TimelineKind Kind => TimelineKind.RootCause;

    protected override string Label => "Root cause";
}
