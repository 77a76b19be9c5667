using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems.Conversation;
using IncidentBot.Core.Rollbacks;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// What the conversation never answered, so the review meeting knows what to ask: what is missing (root cause, impact
/// figure, lead, follow-ups), what was said but not confirmed, and the questions asked in the channel that nobody
/// answered, each linked to its message.
/// </summary>
internal static class OpenQuestionsSection
{
    public static void Write(DraftFacts facts, DraftWriter doc)
    {
        doc.Heading("Open questions");
        var questions = Questions(facts).ToList();
        if (questions.Count == 0)
        {
            doc.Paragraph("None.");
            return;
        }

        doc.Bullets(questions);
    }

    private static IEnumerable<string> Questions(DraftFacts facts)
    {
        var state = facts.State;
        if (!facts.Entries(TimelineKind.RootCause).Any())
        {
            yield return facts.Unconfirmed(FindingKind.RootCause).Any()
                ? "What caused the incident? A root cause was said in the channel, but nobody has confirmed it."
                : "What caused the incident? No root cause was recorded in the channel.";
        }

        if (!facts.Entries(TimelineKind.Impact).Any())
        {
            yield return facts.Unconfirmed(FindingKind.Impact).Any()
                ? "How many customers or requests were affected? A figure was said in the channel, but nobody has confirmed it."
                : "How many customers or requests were affected? No impact figure was given in the channel.";
        }

        if (state.Lead is null)
        {
            yield return "Who led the incident? No lead was assigned.";
        }

        var unconfirmed = state.Findings.Count(f => f.Status == FindingStatus.Proposed);
        if (unconfirmed > 0)
        {
            yield return unconfirmed == 1
                ? "One statement from the channel is waiting to be confirmed or dropped (see Said in the channel, not confirmed)."
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{unconfirmed} statements from the channel are waiting to be confirmed or dropped (see Said in the channel, not confirmed).");
        }

        if (!facts.Entries(TimelineKind.FollowUp).Any())
        {
            yield return "What will stop it from happening again? No follow-ups were recorded.";
        }

        if (state.AcknowledgedAt is null)
        {
            yield return "Why did nobody acknowledge the incident?";
        }

        foreach (var rollback in facts.Rollbacks)
        {
            var what = MarkdownText.Inline(rollback.Describe());
            var from = MarkdownText.Inline(rollback.FromVersion ?? "the version it was rolled back from");
            var message = string.IsNullOrWhiteSpace(rollback.Message) ? "" : $" ({MarkdownText.Inline(rollback.Message)})";
            switch (rollback.Status)
            {
                case RollbackStatus.Failed:
                    var when = rollback.FinishedAt is { } finishedAt ? $" at {facts.Time(finishedAt)}" : "";
                    yield return $"The rollback of {what} failed{when}{message}: is {MarkdownText.Inline(rollback.Service)} still on {from}?";
                    break;
                case RollbackStatus.Requested:
                    yield return $"The rollback of {what} requested at {facts.Time(rollback.RequestedAt)} was never confirmed or cancelled.";
                    break;
                case RollbackStatus.Started:
                    yield return $"The rollback of {what} was started, but its outcome was never recorded.";
                    break;
            }
        }

        foreach (var alert in facts.Alerts.Where(a => a.Status == AlertStatus.Firing))
        {
            yield return $"The alert {MarkdownText.Link(MarkdownText.Inline(alert.Title), alert.Link)} is still firing: is the impact over?";
        }

        foreach (var question in facts.SaidOf(FindingKind.OpenQuestion))
        {
            yield return $"Asked in the channel by {facts.SaidBy(question)} at {facts.Time(question.At)} and not answered there: “{DraftFacts.Quote(question)}”";
        }

        if (state.ResolvedAt is null)
        {
            yield return state.MitigatedAt is { } mitigatedAt
                ? $"The incident was mitigated at {facts.Time(mitigatedAt)} but is not resolved yet."
                : "The incident is not resolved yet, and its impact has not been mitigated.";
        }
    }
}
