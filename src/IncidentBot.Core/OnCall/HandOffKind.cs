namespace IncidentBot.Core.OnCall;

/// <summary>Which side of a <see cref="HandOff"/> a message is for.</summary>
public enum HandOffKind
{
    /// <summary>The person coming on call, told before the hand-off (<see cref="IncidentSettings.HandOffNotice"/>).</summary>
    Incoming,

    /// <summary>The person going off call, told at the hand-off.</summary>
    Outgoing,

    /// <summary>
    /// The person coming on call, paged at the hand-off for every incident still waiting for an acknowledgement at a
    /// level that names the schedule (<see cref="Workflow.ShiftChangePages"/>).
    /// </summary>
    Page,
}
