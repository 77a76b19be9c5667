using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// The Event cell of a timeline row: the entry's text (linked to its message when it has one) framed by
/// what kind of entry it is and who did it, by name.
/// </summary>
internal static class TimelineEvent
{
    public static string Describe(DraftFacts facts, TimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(entry);
        var text = Quoted(facts, entry);
        var person = entry.By is not null;
        var who = facts.Name(entry.By);
        return entry.Kind switch
        {
            TimelineKind.Change => person ? $"Change by {who}: {text}" : $"Change: {text}",
            TimelineKind.AlertFired => $"Alert fired: {text}",
            TimelineKind.AlertResolved => $"Alert resolved: {text}",
            TimelineKind.AlertUnknown => $"Alert state unknown: {text}",
            TimelineKind.Acknowledged or TimelineKind.RollbackRequested or TimelineKind.RollbackStarted or TimelineKind.SeverityChanged
                => person ? $"{text} by {who}" : text,
            TimelineKind.Paged => person ? $"{text} (by {who})" : text,
            TimelineKind.RoleAssigned => person ? $"{text} (assigned by {who})" : text,
            TimelineKind.Note => $"Note from {who}: {text}",
            TimelineKind.MessagePinned => $"Pinned message from {who}: {text}",
            TimelineKind.StatusUpdate => person && !entry.Text.Contains(facts.People.NameOf(entry.By), StringComparison.Ordinal)
                ? $"Update from {who}: {text}"
                : text,
            TimelineKind.RootCause => $"Root cause from {who}: {text}",
            TimelineKind.FollowUp => $"Follow-up from {who}: {text}",
            TimelineKind.Impact => $"Impact reported by {who}: {text}",
            TimelineKind.Mitigated => Labelled("Mitigated", entry, text, who),
            TimelineKind.Resolved => Labelled("Resolved", entry, text, who),
            _ => text,
        };
    }

    /// <summary>
    /// A long run of notes in one cell: how many, when and from whom, the first and the last quoted (linked to
    /// their messages), and where the rest are.
    /// </summary>
    public static string DescribeRun(DraftFacts facts, IReadOnlyList<TimelineEntry> notes)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(notes);
        var (first, last) = (notes[0], notes[^1]);
        var authors = notes.Select(n => n.By).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var named = authors.Take(MostAuthorsNamed).Select(facts.Name).ToList();
        if (authors.Count > MostAuthorsNamed)
        {
            named.Add(string.Create(CultureInfo.InvariantCulture, $"{authors.Count - MostAuthorsNamed} others"));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{notes.Count} notes from {Prose.List(named)} between {facts.Time(first.At)} and {facts.TimeOn(last.At, first.At)}; ")
            + $"the first from {facts.Name(first.By)}: {Quoted(facts, first)}; the last from {facts.Name(last.By)}: {Quoted(facts, last)}. "
            + "Every note is in the channel's transcript.";
    }

    private const int MostAuthorsNamed = 3;

    private static string Quoted(DraftFacts facts, TimelineEntry entry) =>
        MarkdownText.Link(MarkdownText.Escape(entry.Text.Trim()), facts.LinkOf(entry));

    /// <summary><c>Resolved by Ada: text</c>, or just <c>Resolved by Ada</c> when the text is only the default word.</summary>
    private static string Labelled(string label, TimelineEntry entry, string text, string who)
    {
        var by = entry.By is null ? "" : $" by {who}";
        return entry.Text.Trim() == label ? $"{text}{by}" : $"{label}{by}: {text}";
    }
}
