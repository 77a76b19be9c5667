using IncidentBot.Core.Chat;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Postmortems.Narrative;

/// <summary>
/// Puts a checked narrative into a drafted postmortem, at the end of its first section (the Summary), under a
/// label that says a model wrote it. Each sentence is escaped and followed by links to the messages it cites.
/// The deterministic text around it is left byte for byte as drafted.
/// </summary>
public static class NarrativeBlock
{
    public const string Label = "**What happened, as written by a language model.** Each sentence was checked against the messages it links to; the rest of this report is drafted from the record.";

    public static string Insert(string markdown, CheckedNarrative narrative, DisplayZone zone)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(narrative);
        ArgumentNullException.ThrowIfNull(zone);
        var paragraph = string.Join(' ', narrative.Sentences.Select(s => $"{MarkdownText.Inline(s.Text)} ({Sources(s.Sources, zone)})"));
        var block = $"{Label}\n\n{paragraph}\n";
        var headings = Headings(markdown).ToList();
        if (headings.Count < 2)
        {
            return markdown + "\n" + block;
        }

        return markdown.Insert(headings[1], block + "\n");
    }

    private static string Sources(IEnumerable<TranscriptMessage> messages, DisplayZone zone) =>
        string.Join(", ", messages.Select(m => MarkdownText.Link($"{MarkdownText.Inline(NarrativeTranscript.Author(m))}, {zone.FormatTime(m.At)}", m.Permalink)));

    /// <summary>Where each <c>## </c> heading line starts.</summary>
    private static IEnumerable<int> Headings(string markdown)
    {
        for (var at = markdown.IndexOf("\n## ", StringComparison.Ordinal); at >= 0; at = markdown.IndexOf("\n## ", at + 1, StringComparison.Ordinal))
        {
            yield return at + 1;
        }
    }
}
