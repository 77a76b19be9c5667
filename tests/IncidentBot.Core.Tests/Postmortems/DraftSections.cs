namespace IncidentBot.Core.Tests.Postmortems;

/// <summary>Reads a drafted postmortem back: one section's text, the timeline table's rows.</summary>
internal static class DraftSections
{
    /// <summary>The text under <c>## heading</c>, up to the next section.</summary>
    public static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section '{heading}' in:\n{markdown}");
        start += heading.Length + 5;
        var end = markdown.IndexOf("\n## ", start, StringComparison.Ordinal);
        return markdown[start..(end < 0 ? markdown.Length : end)].Trim('\n');
    }

    /// <summary>The headings of the draft's sections, in order.</summary>
    public static IReadOnlyList<string> Headings(string markdown) =>
        markdown.Split('\n').Where(line => line.StartsWith("## ", StringComparison.Ordinal)).Select(line => line[3..]).ToList();

    /// <summary>The timeline table's data rows as (time, event) cells, header and separator left out.</summary>
    public static IReadOnlyList<(string Time, string Event)> TimelineRows(string markdown) =>
        Section(markdown, "Timeline").Split('\n')
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal))
            .Skip(2)
            .Select(line =>
            {
                var cells = line.Trim('|', ' ').Split(" | ", 2);
                return (cells[0], cells[1]);
            })
            .ToList();
}
