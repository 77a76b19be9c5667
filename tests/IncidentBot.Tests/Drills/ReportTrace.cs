using System.Text.RegularExpressions;

namespace IncidentBot.Tests.Drills;

/// <summary>
/// Lists what in a drafted report cannot be traced to its evidence (<see cref="ReportEvidence"/>): a time of day no
/// message or recorded event has, a duration no two recorded events are apart, a number or version nobody gave, a
/// capitalised word (a name above all) that is neither said anywhere nor one of the report's own template words, a link
/// to a message that does not exist or whose figures that message does not hold.
/// </summary>
internal sealed partial class ReportTrace(ReportEvidence evidence, string transcript, string zoneLabel)
{
    /// <summary>
    /// The capitalised words of the drafter's own sentences and headings. A name is never one of them, so a name in the
    /// report must come from the evidence.
    /// </summary>
    private static readonly HashSet<string> TemplateWords = new(
    [
        "A", "Acknowledged", "Action", "Alert", "Alerts", "All", "As", "Asked", "Change", "Channel", "Contributing", "Customer",
        "Customer-facing", "Decision", "Declared", "Detected", "Detection", "Drafted", "Due", "Duration", "ETA", "Escalated",
        "Escalation", "Event", "Every", "Fired", "Follow-up", "For", "How", "Impact", "IncidentBot", "It", "Linked", "Measure",
        "Mitigated", "No", "Nobody", "None", "Not", "Note", "Nothing", "On", "One", "Open", "Owner", "Paged", "Participants",
        "Pinned", "Preventive", "Recovery", "Reported", "Resolution", "Resolved", "Rollback", "Root", "Ruled", "Said", "Service",
        "Severity", "Status", "Summary", "Supporting", "Suspect", "The", "Time", "Timeline", "Update", "We", "What", "Where",
        "Who", "UTC",

        // On-call changes name their moments as the bot writes them for people (SpokenTimes: "Sun 29 Mar 08:30").
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ], StringComparer.Ordinal);

    /// <summary>What a report counts; a count is an integer no larger than the record's number of events.</summary>
    private static readonly HashSet<string> Counted = new(
        ["notes", "note", "preventive", "statements", "statement", "rollbacks", "alerts", "messages", "follow-ups", "times"],
        StringComparer.Ordinal);

    public List<string> Untraceable(string report)
    {
        var problems = new List<string>();
        CheckLinks(report, problems);
        var text = LinkTarget().Replace(report, "]").Replace(zoneLabel, " ", StringComparison.Ordinal);
        text = Offset().Replace(text, m => Traced(evidence.HasOffset(m.Value), $"UTC offset {m.Value}", problems));
        text = Date().Replace(text, m => Traced(evidence.HasDate(m.Value) || QuotedAfter(m) is { } said && evidence.Said(said), $"date {m.Value}", problems));
        text = Duration().Replace(text, m => Traced(evidence.HasDuration(Minutes(m)) || evidence.Said(m.Value), $"duration {m.Value}", problems));
        text = ReportEvidence.Time().Replace(text, m => Traced(ReportEvidence.Times(m.Value).All(evidence.HasTime), $"time {m.Value}", problems));
        foreach (Match token in ReportEvidence.TokenMatches(text))
        {
            if (!Traced(token, text))
            {
                problems.Add($"{(token.Value.Any(char.IsDigit) ? "figure" : "name or word")} {token.Value} in “{Around(text, token)}”");
            }
        }

        return problems;
    }

    private bool Traced(Match token, string text)
    {
        var value = token.Value;
        if (evidence.HasToken(value))
        {
            return true;
        }

        if (value.Any(char.IsDigit))
        {
            return int.TryParse(value, out var count) && count <= evidence.Entries && IsCount(token, text);
        }

        return !char.IsUpper(value[0]) || TemplateWords.Contains(value);
    }

    private static bool IsCount(Match number, string text)
    {
        var after = Word().Match(text, number.Index + number.Length);
        var before = text[..number.Index].TrimEnd();
        return (after.Success && Counted.Contains(after.Groups["w"].Value))
            || before.EndsWith("level", StringComparison.Ordinal);
    }

    private static string Around(string text, Match token)
    {
        var start = Math.Max(0, token.Index - 30);
        return text[start..Math.Min(text.Length, token.Index + token.Length + 30)].ReplaceLineEndings(" ");
    }

    /// <summary>
    /// Every link leads to a message of the transcript that holds the link text's figures and times, or, for the bot's
    /// account of an event (a severity change "sev3 → sev2"), the record does.
    /// </summary>
    private void CheckLinks(string report, List<string> problems)
    {
        foreach (Match link in Link().Matches(report))
        {
            var target = link.Groups["target"].Value;
            if (TranscriptAnchor().Match(target) is not { Success: true } anchor)
            {
                if (!evidence.HasToken(target) && !evidence.Said(target))
                {
                    problems.Add($"link to {target}, which is neither a message nor an address the alerts gave");
                }

                continue;
            }

            var message = Message(anchor.Groups["id"].Value);
            if (message is null)
            {
                problems.Add($"link to {target}, a message the transcript does not have");
                continue;
            }

            var text = link.Groups["text"].Value;
            var missing = ReportEvidence.Tokens(text).Where(t => t.Any(char.IsDigit)).Concat(ReportEvidence.Times(text))
                .Where(figure => !message.Contains(figure, StringComparison.Ordinal) && !evidence.HasToken(figure))
                .ToList();
            if (missing.Count > 0)
            {
                problems.Add($"link to {target}: the message does not hold {string.Join(", ", missing)}");
            }
        }
    }

    private string? Message(string id)
    {
        var start = transcript.IndexOf($"<a id=\"{id}\"></a>", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = transcript.IndexOf("<a id=\"", start + 1, StringComparison.Ordinal);
        return transcript[start..(end < 0 ? transcript.Length : end)];
    }

    private static string? QuotedAfter(Match date) =>
        QuoteAfterDate().Match(date.Result("$'")) is { Success: true } quote ? quote.Groups["said"].Value : null;

    private static int Minutes(Match duration) =>
        (Number(duration, "d") * 24 * 60) + (Number(duration, "h") * 60) + Number(duration, "m") + (Number(duration, "s") / 60);

    private static int Number(Match match, string group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static string Traced(bool traced, string what, List<string> problems)
    {
        if (!traced)
        {
            problems.Add(what);
        }

        return " ";
    }

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\((?<target>[^)\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"\]\([^)\s]+\)", RegexOptions.CultureInvariant)]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"^transcript-\d+\.md#(?<id>m\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TranscriptAnchor();

    [GeneratedRegex(@"UTC[+-]\d\d:\d\d", RegexOptions.CultureInvariant)]
    private static partial Regex Offset();

    [GeneratedRegex(@"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Date();

    [GeneratedRegex(@"^ \(“(?<said>[^”]+)”\)", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteAfterDate();

    [GeneratedRegex(@"\b(?:(?<d>\d+) days?(?: (?<h>\d+) hours?)?|(?<h>\d+) hours?(?: (?<m>\d+) minutes?)?|(?<m>\d+) minutes?|(?<s>\d+) seconds?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\G (?<w>[\p{L}-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
