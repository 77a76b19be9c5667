using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// The timeline table in the display zone's local time, oldest first. Rows start with <c>HH:mm</c>; a row on a
/// new local day names the date, and a note says where the zone's UTC offset changed (DST) mid-incident. A long
/// run of notes is one row (<see cref="NoteRuns"/>). The key moments of the conversation are rows too, quoted and
/// attributed (<see cref="ConversationMoments"/>).
/// </summary>
internal static class TimelineSection
{
    public static void Write(DraftFacts facts, DraftWriter doc)
    {
        doc.Heading("Timeline");
        if (facts.Timeline.Count == 0)
        {
            doc.Paragraph("Nothing was recorded on the timeline.");
            return;
        }

        var events = NoteRuns.Group(facts.Timeline)
            .Select(group => (At: group[0].At, LastAt: group[^1].At, Text: group.Count == 1 ? TimelineEvent.Describe(facts, group[0]) : TimelineEvent.DescribeRun(facts, group)))
            .Concat(ConversationMoments.Of(facts).Select(said => (said.At, LastAt: said.At, Text: ConversationMoments.Describe(facts, said))))
            .OrderBy(e => e.At);
        var rows = new List<IReadOnlyList<string>>();
        string? previousDate = null;
        foreach (var (at, lastAt, text) in events)
        {
            var date = facts.Date(at);
            var time = previousDate is null || date == previousDate ? facts.Time(at) : $"{facts.Time(at)} ({date})";
            rows.Add([time, MarkdownText.Cell(text)]);
            previousDate = facts.Date(lastAt);
        }

        doc.Table([$"Time ({MarkdownText.Escape(facts.Zone.Label)})", "Event"], rows);
        if (OffsetNote(facts) is { } note)
        {
            doc.Paragraph(note);
        }
    }

    private static string? OffsetNote(DraftFacts facts)
    {
        var changes = new List<(TimelineEntry First, TimeSpan Offset)>();
        foreach (var entry in facts.Timeline)
        {
            var offset = facts.Zone.ToLocal(entry.At).Offset;
            if (changes.Count == 0 || changes[^1].Offset != offset)
            {
                changes.Add((entry, offset));
            }
        }

        if (changes.Count < 2)
        {
            return null;
        }

        var parts = changes.Select(c => $"rows from {facts.Time(c.First.At)} are {Prose.Offset(c.Offset)}").ToList();
        return $"{MarkdownText.Escape(facts.Zone.Label)} changed its UTC offset during the incident: {Prose.List(parts)}.";
    }
}
