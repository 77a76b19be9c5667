using System.Text.RegularExpressions;
using IncidentBot.Core.Chat;

namespace IncidentBot.Core.Postmortems.Narrative;

/// <summary>
/// Decides whether one sentence of the model may go into the report. It fails closed: a sentence is kept
/// only when every citation is a message of the conversation that still exists, every time, number and
/// capitalised word (names above all) is found in the cited messages or the recorded facts, and it carries
/// no mention, link or markup. The refusal says why a sentence was dropped, never what it said.
/// </summary>
internal sealed partial class SentenceCheck(NarrativeTranscript transcript, IReadOnlyList<string> facts)
{
    public (NarrativeSentence? Sentence, string? Refusal) Check(AnswerLine line)
    {
        if (line.Malformed)
        {
            return (null, "not a sentence followed by [mN] citations");
        }

        if (Unsafe(line.Sentence) is { } unsafeReason)
        {
            return (null, unsafeReason);
        }

        var sources = new List<TranscriptMessage>();
        foreach (var id in line.Citations)
        {
            switch (transcript.Find(id))
            {
                case null:
                    return (null, $"cites {id}, which is not a message of the conversation");
                case { Deleted: true }:
                    return (null, $"cites {id}, a deleted message");
                case var message:
                    sources.Add(message);
                    break;
            }
        }

        var evidence = new Evidence(facts.Concat(sources.SelectMany(Said)));
        return Unsupported(line.Sentence, evidence) is { } unsupported ? (null, unsupported) : (new NarrativeSentence(line.Sentence, sources), null);
    }

    /// <summary>What a cited message contributes: who said it, when, and what.</summary>
    private IEnumerable<string> Said(TranscriptMessage message) =>
        [NarrativeTranscript.Author(message), transcript.Zone.FormatTime(message.At), message.Text];

    private static string? Unsafe(string sentence)
    {
        if (sentence.Contains('@', StringComparison.Ordinal) || sentence.Contains("<!", StringComparison.Ordinal))
        {
            return "carries a mention";
        }

        if (Link().IsMatch(sentence))
        {
            return "carries a link or an address";
        }

        return sentence.IndexOfAny(['<', '>', '`', '|', '[', ']', '\\']) >= 0 || sentence.Any(char.IsControl)
            ? "carries markup"
            : null;
    }

    private static string? Unsupported(string sentence, Evidence evidence)
    {
        if (Evidence.Times(sentence).FirstOrDefault(t => !evidence.HasTime(t)) is not null)
        {
            return "states a time found neither in the cited messages nor in the facts";
        }

        if (Evidence.Numbers(sentence).FirstOrDefault(n => !evidence.HasNumber(n)) is not null)
        {
            return "states a number found neither in the cited messages nor in the facts";
        }

        return Evidence.CapitalisedWords(sentence).Any(w => !evidence.HasWord(w.Word, w.First))
            ? "names someone or something found neither in the cited messages nor in the facts"
            : null;
    }

    /// <summary>A scheme (<c>https:</c>, <c>javascript:</c>, <c>mailto:</c>), <c>www.</c> or anything shaped like a host name.</summary>
    [GeneratedRegex(@"\b[a-z][a-z0-9+.-]*:(?!\s)|www\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
