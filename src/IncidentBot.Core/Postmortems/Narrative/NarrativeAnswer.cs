using System.Text.RegularExpressions;

namespace IncidentBot.Core.Postmortems.Narrative;

/// <summary>
/// Reads the model's answer strictly: each non-empty line is one sentence followed by one or more
/// <c>[mN]</c> citations, and nothing else. A line in any other shape is not guessed at; it is refused.
/// </summary>
internal static partial class NarrativeAnswer
{
    /// <summary>More than this many lines and the answer is not the paragraph that was asked for.</summary>
    public const int MaxLines = 12;

    public const int MaxSentenceLength = 400;

    public static IReadOnlyList<AnswerLine> Lines(string? answer) =>
        (answer ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Take(MaxLines + 1)
            .Select(Read)
            .ToList();

    private static AnswerLine Read(string line)
    {
        var match = Shape().Match(line);
        if (!match.Success || match.Groups["text"].Value.Length > MaxSentenceLength)
        {
            return new AnswerLine("", []);
        }

        var citations = Citation().Matches(match.Groups["cites"].Value).Select(m => m.Groups["id"].Value).Distinct(StringComparer.Ordinal).ToList();
        return new AnswerLine(match.Groups["text"].Value.Trim(), citations);
    }

    [GeneratedRegex(@"^(?<text>[^\[\]\r\n]*[^\s\[\]])\s*(?<cites>(?:\[m\d{1,6}\]\s*)+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    [GeneratedRegex(@"\[(?<id>m\d{1,6})\]", RegexOptions.CultureInvariant)]
    private static partial Regex Citation();
}
