namespace IncidentBot.Core.Incidents;

/// <summary>
/// What a timeline entry records. Serialized in kebab case (<c>alert-fired</c>), as the API and drills show them.
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

    /// <summary>The platform refused a page for good: that person was not reached.</summary>
    PageFailed,

    /// <summary>
    /// The platform refused a message for good (the channel is gone, the message malformed …), or the incident's
    /// channel of its own (it was opened elsewhere; the entry says why).
    /// </summary>
    MessageFailed,

    /// <summary>Who or what the incident affected, with the figures people gave, confirmed in the channel.</summary>
    Impact,

    /// <summary>An alert's source reported that it cannot tell whether the alert still fires (<see cref="Alerts.AlertStatus.Unknown"/>).</summary>
    AlertUnknown,

    /// <summary>Someone changed who is on call (an override or a swap made or removed) for a schedule this incident pages.</summary>
    OnCallChanged,

    /// <summary>A manager approved the postmortem, as they edited it from one of the bot's drafts.</summary>
    PostmortemApproved,
}
