namespace IncidentBot.Core.Workflow;

/// <summary>
/// One async lock per incident (and one for opening incidents), so concurrent commands, webhooks and jobs
/// on the same incident apply one after another instead of losing each other's updates.
/// </summary>
public sealed class IncidentLocks : KeyedLocks<int>
{
    /// <summary>The lock key that serializes alert intake (finding or opening the incident of a group).</summary>
    public const int IntakeKey = 0;
}
