using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// Long runs of notes, as a report shows them: more than <see cref="LongestShown"/> notes in a row on the
/// timeline (nothing else between them) are one row, the first and the last quoted; every note stays in the
/// channel's transcript. A report is for people: thousands of notes are not read one by one, and a timeline
/// of them would bury the acknowledgement and the mitigation between them.
/// </summary>
internal static class NoteRuns
{
    /// <summary>The most notes in a row the timeline shows one by one.</summary>
    public const int LongestShown = 10;

    /// <summary>The timeline (oldest first) in groups: a long run of notes is one group, every other entry a group of its own.</summary>
    public static IEnumerable<IReadOnlyList<TimelineEntry>> Group(IReadOnlyList<TimelineEntry> timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var run = new List<TimelineEntry>();
        foreach (var entry in timeline)
        {
            if (entry.Kind == TimelineKind.Note)
            {
                run.Add(entry);
                continue;
            }

            foreach (var group in Flush(run))
            {
                yield return group;
            }

            yield return [entry];
        }

        foreach (var group in Flush(run))
        {
            yield return group;
        }
    }

    /// <summary>The entries a draft quotes (links to): all but the notes inside long runs.</summary>
    public static IEnumerable<TimelineEntry> Quoted(IReadOnlyList<TimelineEntry> timeline) =>
        Group(timeline).SelectMany(group => group.Count == 1 ? group : [group[0], group[^1]]);

    private static List<IReadOnlyList<TimelineEntry>> Flush(List<TimelineEntry> run)
    {
        List<IReadOnlyList<TimelineEntry>> groups = run.Count > LongestShown ? [run.ToArray()] : [.. run.Select(note => (IReadOnlyList<TimelineEntry>)[note])];
        run.Clear();
        return groups;
    }
}
