using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Postmortems;

/// <summary>What a person's timeline entries say they did, as a phrase for the participants list.</summary>
internal static class ParticipantRoles
{
    /// <summary>
    /// The phrase for <paramref name="count"/> entries of a kind, or <c>null</c> for kinds that are not a contribution.
    /// <paramref name="saidInChannel"/>: the entries are statements of the channel someone else confirmed, not commands.
    /// </summary>
    public static string? For(TimelineKind kind, int count, bool saidInChannel = false) => kind switch
    {
        TimelineKind.RootCause when saidInChannel => "named the root cause",
        TimelineKind.FollowUp when saidInChannel => count == 1 ? "raised a follow-up" : "raised follow-ups",
        TimelineKind.Change => count == 1 ? "made a change" : "made changes",
        TimelineKind.Paged => "paged responders",
        TimelineKind.Note => count == 1 ? "added a note" : "added notes",
        TimelineKind.MessagePinned => count == 1 ? "wrote a pinned message" : "wrote pinned messages",
        TimelineKind.StatusUpdate => count == 1 ? "posted an update" : "posted updates",
        TimelineKind.SeverityChanged => "changed the severity",
        TimelineKind.RoleAssigned => "assigned the lead",
        TimelineKind.RollbackRequested => count == 1 ? "requested a rollback" : "requested rollbacks",
        TimelineKind.RollbackStarted => count == 1 ? "confirmed a rollback" : "confirmed rollbacks",
        TimelineKind.RootCause => "recorded the root cause",
        TimelineKind.FollowUp => count == 1 ? "added a follow-up" : "added follow-ups",
        TimelineKind.Impact => "reported the impact",
        TimelineKind.Mitigated => "marked it mitigated",
        TimelineKind.Resolved => "resolved the incident",
        _ => null,
    };

    /// <summary>The phrase for confirming what someone said in the channel, or <c>null</c> for kinds nobody confirms.</summary>
    public static string? Confirmed(TimelineKind kind, int count) => kind switch
    {
        TimelineKind.RootCause => "confirmed the root cause",
        TimelineKind.Impact => "confirmed the impact",
        TimelineKind.FollowUp => count == 1 ? "confirmed a follow-up" : "confirmed follow-ups",
        _ => null,
    };
}
