using IncidentBot.Core.Alerts;

namespace IncidentBot.Core.Incidents;

/// <summary>The incident's alerts: each delivery added or updated, the impact window widened, mitigation when the last one resolves.</summary>
public sealed partial class Incident
{
    /// <summary>
    /// Adds or updates an alert of this incident. Returns false when the delivery changes nothing (a repeat). An
    /// alert firing on a mitigated incident means the impact is back: it is no longer mitigated (it stays acknowledged).
    /// </summary>
    public bool ApplyAlert(NormalizedAlert alert, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (!State.GroupKeys.Contains(alert.GroupKey))
        {
            State.GroupKeys.Add(alert.GroupKey);
        }

        var known = Known(alert);
        if (known is not null && known.Status == alert.Status && (alert.Status != AlertStatus.Firing || known.StartsAt == alert.StartsAt))
        {
            return false;
        }

        var firingAgain = known?.Status == AlertStatus.Resolved && alert.Status == AlertStatus.Firing;
        var detailed = known is not null || MakeRoomForAlert();
        var added = known is null;
        if (known is null)
        {
            known = new IncidentAlert { Source = alert.Source, Fingerprint = alert.Fingerprint, GroupKey = alert.GroupKey };
            State.Alerts.Add(known);
        }

        var title = StoredText.Cut(alert.Title, StoredText.Title);
        var link = StoredText.CutOrNull(alert.Link, StoredText.Link);
        known.Title = title;
        known.Description = detailed ? StoredText.CutOrNull(alert.Description, StoredText.Description) ?? known.Description : null;
        known.Link = detailed ? link ?? known.Link : null;
        known.Status = alert.Status;
        if (alert.Status == AlertStatus.Unknown)
        {
            // A known alert keeps the start of its firing: no data is not a new start of the impact.
            known.StartsAt = added ? alert.StartsAt : known.StartsAt;
            Record(TimelineKind.AlertUnknown, title, Earlier(alert.StartsAt, receivedAt), link: link);
            return true;
        }

        known.StartsAt = alert.StartsAt;
        known.EndsAt = alert.EndsAt;

        if (alert.Status == AlertStatus.Firing)
        {
            var firedAt = Earlier(alert.StartsAt, receivedAt);
            State.StartedAt = Earlier(State.StartedAt, firedAt);
            Record(TimelineKind.AlertFired, firingAgain ? $"{title} (firing again)" : title, firedAt, link: link);
            if (State.Status == IncidentStatus.Mitigated)
            {
                State.MitigatedAt = null;
                State.Status = Unmitigated;
                Record(TimelineKind.StatusUpdate, $"No longer mitigated: {title} is firing again", receivedAt);
            }

            return true;
        }

        var endedAt = Later(Earlier(alert.EndsAt ?? receivedAt, receivedAt), alert.StartsAt);
        Record(TimelineKind.AlertResolved, title, endedAt, link: link);
        if (!State.HasUnresolvedAlerts() && IsOpen)
        {
            Mitigate(null, endedAt, "All alerts resolved");
        }

        return true;
    }

    /// <summary>
    /// Keeps the incident's alerts within <see cref="StoredText.Alerts"/> before one more is added: the oldest resolved
    /// alert goes (its timeline entries stay). False when every alert still fires: the new one is kept without details.
    /// </summary>
    private bool MakeRoomForAlert()
    {
        if (State.Alerts.Count < StoredText.Alerts)
        {
            return true;
        }

        var oldestResolved = State.Alerts.FindIndex(a => a.Status == AlertStatus.Resolved);
        if (oldestResolved < 0)
        {
            return false;
        }

        State.Alerts.RemoveAt(oldestResolved);
        return true;
    }

    /// <summary>The incident has this alert from this same start: a delivery of it is a repeat, not a new firing.</summary>
    public bool HasFiringOf(NormalizedAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return Known(alert)?.StartsAt == alert.StartsAt;
    }

    private IncidentAlert? Known(NormalizedAlert alert) =>
        State.Alerts.Find(a => a.Source == alert.Source && a.Fingerprint == alert.Fingerprint);

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
