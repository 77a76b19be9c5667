using IncidentBot.Core.Chat;

namespace IncidentBot.Core.Postmortems.Conversation;

/// <summary>
/// Finds in an incident's conversation the statements a postmortem is made of (<see cref="FindingKind"/>), each with
/// its message, author and time. Deterministic and offline. Precision first: deleted messages, the bot's own messages
/// and commands are not read; a question, a hedge ("maybe", "I think"), someone else's words (quoted, or "X said") and
/// a negation ("not the root cause") never become a fact; a root cause taken back later ("scratch that", "that's not
/// the root cause") or restated by the same person is dropped for the newer word. Edits are already applied in the
/// transcript.
/// </summary>
public static class ConversationReader
{
    /// <summary>A question is answered when someone else writes within this long after it.</summary>
    public static readonly TimeSpan AnswerWindow = TimeSpan.FromMinutes(30);

    public static IReadOnlyList<Finding> Read(IEnumerable<TranscriptMessage> transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var messages = transcript
            .Where(m => !m.Deleted && !m.FromBot && !m.Text.TrimStart().StartsWith('/'))
            .OrderBy(m => m.At).ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
        var findings = new List<Finding>();
        var questions = new List<Finding>();
        foreach (var message in messages)
        {
            foreach (var sentence in Sentences.Of(message.Text))
            {
                var kind = sentence.IsQuestion ? FindingKind.OpenQuestion : KindOf(sentence.Text);
                if (kind == FindingKind.OpenQuestion)
                {
                    questions.Add(FindingOf(FindingKind.OpenQuestion, sentence, message));
                }
                else if (kind != FindingKind.RootCause && StatementCues.TakesBack(sentence.Text))
                {
                    TakeBackLatestRootCause(findings, message);
                }
                else if (kind is not null)
                {
                    if (kind == FindingKind.RootCause)
                    {
                        findings.RemoveAll(f => f.Kind == FindingKind.RootCause && f.AuthorId == message.AuthorId);
                    }

                    findings.Add(FindingOf(kind.Value, sentence, message));
                }
            }
        }

        // OrderBy is stable: findings of one message stay in the order they were said.
        findings.AddRange(questions.Where(q => !Answered(q, messages)));
        return [.. findings.OrderBy(f => f.At)];
    }

    /// <summary>What the sentence states, or null when it states nothing the postmortem can take as said.</summary>
    private static FindingKind? KindOf(string sentence)
    {
        if (StatementCues.Hedges(sentence) || StatementCues.ReportsOthers(sentence))
        {
            return null;
        }

        if (StatementCues.ReviewKindOf(sentence) is { } review)
        {
            return review;
        }

        return StatementCues.RulesOut(sentence) ? FindingKind.RuledOut
            : StatementCues.NamesContributingFactor(sentence) ? FindingKind.ContributingFactor
            : StatementCues.NamesRootCause(sentence) ? FindingKind.RootCause
            : StatementCues.StatesImpact(sentence) ? FindingKind.Impact
            : StatementCues.TellsDecision(sentence) ? FindingKind.Decision
            : StatementCues.AsksFollowUp(sentence) ? FindingKind.ActionItem
            : StatementCues.TellsAction(sentence) ? FindingKind.ActionTaken
            : StatementCues.TellsRecovery(sentence) ? FindingKind.Recovery
            : null;
    }

    /// <summary>The author's own latest root cause if they named one, else the latest anyone named.</summary>
    private static void TakeBackLatestRootCause(List<Finding> findings, TranscriptMessage message)
    {
        var taken = findings.LastOrDefault(f => f.Kind == FindingKind.RootCause && f.AuthorId == message.AuthorId)
            ?? findings.LastOrDefault(f => f.Kind == FindingKind.RootCause);
        if (taken is not null)
        {
            findings.Remove(taken);
        }
    }

    private static bool Answered(Finding question, IReadOnlyList<TranscriptMessage> messages) =>
        messages.Any(m => m.AuthorId != question.AuthorId && m.At > question.At && m.At <= question.At + AnswerWindow);

    private static Finding FindingOf(FindingKind kind, Sentence sentence, TranscriptMessage message) =>
        new(kind, sentence.Text, message.MessageId, message.AuthorId, message.AuthorName, message.At, message.Permalink);
}
