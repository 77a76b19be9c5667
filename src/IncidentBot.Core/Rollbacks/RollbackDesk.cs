using IncidentBot.Core.Chat;
using IncidentBot.Core.Commands;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Jobs;
using IncidentBot.Core.People;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Rollbacks;

/// <summary>
/// The rollback flow: a request shows what would be rolled back with Confirm/Cancel; only allowed people
/// confirm; one rollback per service at a time; the outcome lands on the timeline once. A request lapses
/// (is cancelled, its buttons closed) when its incident is resolved or the service was deployed again since:
/// an old Confirm button must never roll back what it no longer describes. Callers hold the incident's lock.
/// </summary>
public sealed class RollbackDesk(
    IRollbackStore rollbacks, IChangeStore changes, IDeploySystem deploys, IncidentResponse response,
    IChatPlatform platform, IJobScheduler scheduler, IPeopleDirectory people, IncidentSettings settings)
{
    public async Task<ChatReply> RequestAsync(Incident incident, string service, string? toVersion, Person actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(actor);
        var known = deploys.Find(service);
        if (known is null)
        {
            var list = deploys.Services.Count == 0 ? "none are configured" : string.Join(", ", deploys.Services.Order(StringComparer.Ordinal));
            return ChatReply.Of($"I can't roll back `{service}`: it is not a service I know ({list}).");
        }

        if (await ActiveForAsync(known, cancellationToken).ConfigureAwait(false) is { } active)
        {
            var where = active.IncidentNumber == incident.Number ? "" : $" in {IncidentKey.Format(active.IncidentNumber)}";
            return ChatReply.Of($"A rollback of {known} is already {active.Status.ToString().ToLowerInvariant()} ({active.Describe()}, asked by {people.NameOf(active.RequestedBy)}{where}).");
        }

        var latest = await changes.LatestAsync(known, cancellationToken).ConfigureAwait(false);
        var target = toVersion ?? latest?.Previous;
        if (target is null)
        {
            return ChatReply.Of($"I have no recorded deploy of {known} to roll back from. Name the version: `/incident rollback {known} to <version>`.");
        }

        var rollback = new Rollback
        {
            IncidentNumber = incident.Number, Service = known, FromVersion = latest?.Version, ToVersion = target,
            Status = RollbackStatus.Requested, RequestedBy = actor.Id, RequestedAt = at,
        };
        await rollbacks.AddAsync(rollback, cancellationToken).ConfigureAwait(false);
        incident.Record(TimelineKind.RollbackRequested, $"Rollback of {rollback.Describe()} requested", at, actor.Id);
        await response.CommitAsync(incident, Prompt(rollback, actor), cancellationToken).ConfigureAwait(false);
        rollback.PromptMessageId = incident.LastRecorded?.MessageId;
        await rollbacks.SaveAsync(rollback, cancellationToken).ConfigureAwait(false);
        return ChatReply.Of($"Confirm or cancel the rollback of {rollback.Describe()} in the channel.");
    }

    public async Task<ChatReply> ConfirmAsync(Incident incident, Rollback rollback, Person actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(rollback);
        ArgumentNullException.ThrowIfNull(actor);
        if (rollback.Status != RollbackStatus.Requested)
        {
            return Stale(rollback);
        }

        if (!MayConfirm(actor))
        {
            return ChatReply.Of($"You are not allowed to confirm rollbacks. Ask one of: {Approvers()}.");
        }

        if (await LapseReasonAsync(incident, rollback, cancellationToken).ConfigureAwait(false) is { } lapsed)
        {
            await LapseAsync(incident, rollback, lapsed, at, cancellationToken).ConfigureAwait(false);
            return ChatReply.Of($"This rollback of {rollback.Describe()} has lapsed: {lapsed}. Nothing was rolled back; ask again with `/incident rollback {rollback.Service}` if it is still needed.");
        }

        if (await ActiveForAsync(rollback.Service, cancellationToken).ConfigureAwait(false) is { } running && running.Id != rollback.Id)
        {
            return ChatReply.Of($"Another rollback of {rollback.Service} is in progress ({running.Describe()}).");
        }

        rollback.Status = RollbackStatus.Started;
        (rollback.DecidedBy, rollback.DecidedAt) = (actor.Id, at);
        await rollbacks.SaveAsync(rollback, cancellationToken).ConfigureAwait(false);
        incident.Record(TimelineKind.RollbackStarted, $"Rollback of {rollback.Describe()} started{Notice(rollback, " on the ")}", at, actor.Id);
        await response.CommitAsync(incident, $"*Rolling back {rollback.Describe()}* (confirmed by {actor.Name}){Notice(rollback, " on the ")}.", cancellationToken).ConfigureAwait(false);
        await ClosePromptAsync(incident, rollback, $"Rollback of {rollback.Describe()}: confirmed by {actor.Name}.", cancellationToken).ConfigureAwait(false);
        scheduler.EnqueueRollback(rollback.Id);
        scheduler.ScheduleRollbackTimeout(rollback.Id, at + settings.RollbackTimeout);
        return ChatReply.Of($"Rollback of {rollback.Describe()} started.");
    }

    public async Task<ChatReply> CancelAsync(Incident incident, Rollback rollback, Person actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(rollback);
        ArgumentNullException.ThrowIfNull(actor);
        if (rollback.Status != RollbackStatus.Requested)
        {
            return Stale(rollback);
        }

        rollback.Status = RollbackStatus.Cancelled;
        (rollback.DecidedBy, rollback.DecidedAt) = (actor.Id, at);
        await rollbacks.SaveAsync(rollback, cancellationToken).ConfigureAwait(false);
        await ClosePromptAsync(incident, rollback, $"Rollback of {rollback.Describe()}: cancelled by {actor.Name}.", cancellationToken).ConfigureAwait(false);
        return ChatReply.Of("Rollback cancelled; nothing was changed.");
    }

    /// <summary>Cancels the incident's rollback requests nobody confirmed (when it is resolved) and closes their prompts.</summary>
    public async Task LapseRequestsAsync(Incident incident, string reason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        foreach (var rollback in (await rollbacks.ListActiveAsync(cancellationToken).ConfigureAwait(false))
                     .Where(r => r.IncidentNumber == incident.Number && r.Status == RollbackStatus.Requested))
        {
            await LapseAsync(incident, rollback, reason, at, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Records the outcome once; false when the rollback had already finished (a repeated callback). The rollback
    /// and the incident are saved one after the other: a repeat that finds the rollback finished but its outcome
    /// missing from the timeline (the bot stopped between the two) puts it there, so the retry the deploy system
    /// makes after getting no answer is not lost.
    /// </summary>
    public async Task<bool> CompleteAsync(Incident incident, Rollback rollback, RollbackOutcome outcome, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(rollback);
        ArgumentNullException.ThrowIfNull(outcome);
        if (rollback.Status is RollbackStatus.Succeeded or RollbackStatus.Failed && rollback.FinishedAt is { } finished
            && !OutcomeIsOnTimeline(incident, rollback, finished))
        {
            await AnnounceOutcomeAsync(incident, rollback, finished, cancellationToken).ConfigureAwait(false);
            return false;
        }

        if (rollback.Status != RollbackStatus.Started || outcome.Result == RollbackResult.Pending)
        {
            return false;
        }

        rollback.Status = outcome.Result == RollbackResult.Succeeded ? RollbackStatus.Succeeded : RollbackStatus.Failed;
        (rollback.FinishedAt, rollback.Message) = (at, outcome.Message);
        await rollbacks.SaveAsync(rollback, cancellationToken).ConfigureAwait(false);
        await AnnounceOutcomeAsync(incident, rollback, at, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The entry <see cref="AnnounceOutcomeAsync"/> made: its kind, at the finish time, about this rollback.</summary>
    private static bool OutcomeIsOnTimeline(Incident incident, Rollback rollback, DateTimeOffset finished) =>
        incident.Timeline.Any(e => e.At == finished && e.Kind == OutcomeKind(rollback)
            && e.Text.StartsWith($"Rollback of {rollback.Describe()} ", StringComparison.Ordinal));

    private static TimelineKind OutcomeKind(Rollback rollback) =>
        rollback.Status == RollbackStatus.Succeeded ? TimelineKind.RollbackSucceeded : TimelineKind.RollbackFailed;

    private async Task AnnounceOutcomeAsync(Incident incident, Rollback rollback, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var succeeded = rollback.Status == RollbackStatus.Succeeded;
        var detail = string.IsNullOrWhiteSpace(rollback.Message) ? "" : $": {rollback.Message.Trim()}";
        var text = $"Rollback of {rollback.Describe()} {(succeeded ? "succeeded" : "failed")}{detail}";
        incident.Record(OutcomeKind(rollback), text, at);
        await response.CommitAsync(incident, succeeded ? $"*{text}*" : $"*{text}.* The service is still on {rollback.FromVersion ?? "its current version"}.", cancellationToken).ConfigureAwait(false);
    }

    private ChatMessage Prompt(Rollback rollback, Person actor) => new(
        $"*Roll back {rollback.Service}?* {actor.Name} asks to roll back {rollback.Describe()}{Notice(rollback, " on the ")}.",
        [
            new ChatButton(RollbackCommand.ConfirmActionId, "Confirm", rollback.Id, ButtonStyle.Danger),
            new ChatButton(RollbackCommand.CancelActionId, "Cancel", rollback.Id),
        ]);

    /// <summary>The deploy system's notice that this rollback is not real, after <paramref name="joiner"/>; empty for a real one.</summary>
    private string Notice(Rollback rollback, string joiner) =>
        deploys.SimulationNotice(rollback.Service) is { } notice ? joiner + notice : "";

    private ChatReply Stale(Rollback rollback)
    {
        var who = rollback.DecidedBy is null ? "" : $" by {people.NameOf(rollback.DecidedBy)}";
        var when = rollback.DecidedAt is { } decidedAt ? $" at {settings.Zone.FormatTime(decidedAt)}" : "";
        var status = rollback.Status == RollbackStatus.Started ? "confirmed" : rollback.Status.ToString().ToLowerInvariant();
        var why = rollback.Status == RollbackStatus.Cancelled && rollback.Message is { } reason ? $" ({reason})" : "";
        return ChatReply.Of($"This rollback of {rollback.Describe()} was already {status}{who}{when}{why}; nothing changed.");
    }

    private bool MayConfirm(Person actor) => settings.RollbackApprovers.Count == 0
        ? people.Find(actor.Id) is not null
        : settings.RollbackApprovers.Contains(actor.Id, StringComparer.OrdinalIgnoreCase);

    private string Approvers() => settings.RollbackApprovers.Count == 0
        ? "anyone configured as a person of this bot"
        : string.Join(", ", settings.RollbackApprovers.Select(people.NameOf));

    private async Task<string?> LapseReasonAsync(Incident incident, Rollback rollback, CancellationToken cancellationToken)
    {
        if (!incident.IsOpen)
        {
            return $"{incident.Key} is resolved";
        }

        var latest = await changes.LatestAsync(rollback.Service, cancellationToken).ConfigureAwait(false);
        return rollback.FromVersion is not null && latest is not null && latest.Version != rollback.FromVersion
            ? $"{rollback.Service} was deployed again since it was asked for (now {latest.Version})"
            : null;
    }

    private async Task LapseAsync(Incident incident, Rollback rollback, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        rollback.Status = RollbackStatus.Cancelled;
        rollback.DecidedAt = at;
        rollback.Message = $"lapsed: {reason}";
        await rollbacks.SaveAsync(rollback, cancellationToken).ConfigureAwait(false);
        await ClosePromptAsync(incident, rollback, $"Rollback of {rollback.Describe()}: lapsed ({reason}).", cancellationToken).ConfigureAwait(false);
    }

    private async Task<Rollback?> ActiveForAsync(string service, CancellationToken cancellationToken) =>
        (await rollbacks.ListActiveAsync(cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(r => string.Equals(r.Service, service, StringComparison.OrdinalIgnoreCase));

    private async Task ClosePromptAsync(Incident incident, Rollback rollback, string text, CancellationToken cancellationToken)
    {
        if (incident.State.ChannelId is { } channelId && rollback.PromptMessageId is { } promptId)
        {
            await platform.UpdateAsync(channelId, promptId, new ChatMessage(text), cancellationToken).ConfigureAwait(false);
        }
    }
}
