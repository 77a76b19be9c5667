namespace IncidentBot.Core.Incidents;

/// <summary>
/// What a timeline entry records. Serialized in kebab case (<c>alert-fired</c>) as DESIGN.md names them.
/// </summary>
public enum TimelineKind
{
    Change,
    AlertFired,
    AlertResolved,
    ChannelOpened,
    Paged,
    Escalated,
    Acknowledged,
    Note,
    MessagePinned,
    StatusUpdate,
    SeverityChanged,
    RoleAssigned,
    RollbackRequested,
    RollbackStarted,
    RollbackSucceeded,
    RollbackFailed,
    RootCause,
    FollowUp,
    Mitigated,
    Resolved,
    PostmortemDrafted,
}
