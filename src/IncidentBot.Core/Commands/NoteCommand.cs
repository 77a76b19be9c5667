using IncidentBot.Core.Incidents;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Commands;

/// <summary><c>/incident note &lt;text&gt;</c>: puts a note on the timeline.</summary>
public sealed class NoteCommand(IncidentResponse response) : TimelineTextCommand(response)
{
    public override string Name => "note";

    public override string Summary => "adds a note to the timeline";

    protected override TimelineKind Kind => TimelineKind.Note;

    protected override string Label => "Note";
}
