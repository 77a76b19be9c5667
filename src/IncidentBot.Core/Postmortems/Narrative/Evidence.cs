using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentBot.Core.Postmortems.Narrative;

/// <summary>
/// The times, numbers and capitalised words of a text, normalised so a sentence's can be looked up in its
/// evidence: <c>8:27 pm</c> and <c>20:27</c> are one time, <c>3,400</c> and <c>3400</c> one number.
/// </summary>
internal sealed partial class Evidence
{
    private readonly HashSet<string> _times = new(StringComparer.Ordinal);
    private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lowerWords = new(StringComparer.Ordinal);

    public Evidence(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            _times.UnionWith(Times(text));
            _numbers.UnionWith(Numbers(text));
            foreach (Match word in Word().Matches(text))
            {
                _words.Add(word.Value);
                _lowerWords.Add(word.Value.ToLowerInvariant());
            }
        }
    }

    public bool HasTime(string time) => _times.Contains(time);

    public bool HasNumber(string number) => _numbers.Contains(number);

    /// <summary>Mid-sentence a capitalised word must appear as written; a sentence's first word in any case.</summary>
    public bool HasWord(string word, bool first) =>
        first ? _lowerWords.Contains(word.ToLowerInvariant()) : _words.Contains(word);

    /// <summary>Times as <c>HH:mm</c> (24-hour), from <c>8:27</c>, <c>08:27</c>, <c>8:27 am</c> and <c>8 pm</c>.</summary>
    public static IEnumerable<string> Times(string text)
    {
        foreach (Match match in Time().Matches(text))
        {
            var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            if (match.Groups["ampm"].Success)
            {
                var pm = char.ToLowerInvariant(match.Groups["ampm"].Value[0]) == 'p';
                hour = (hour % 12) + (pm ? 12 : 0);
            }

            yield return string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{minute:00}");
        }
    }

    /// <summary>Numbers other than times, thousands separators dropped: <c>12%</c> → 12, <c>3,400</c> → 3400, <c>2023.06.1</c> as is.</summary>
    public static IEnumerable<string> Numbers(string text) =>
        Number().Matches(Time().Replace(text, " ")).Select(m => m.Value.Replace(",", "", StringComparison.Ordinal));

    /// <summary>Words starting with a capital letter, with their position: names, services, systems.</summary>
    public static IEnumerable<(string Word, bool First)> CapitalisedWords(string sentence) =>
        Word().Matches(sentence).Where(m => char.IsUpper(m.Value[0])).Select(m => (m.Value, sentence[..m.Index].All(c => !char.IsLetterOrDigit(c))));

    [GeneratedRegex(@"(?<!\d)(?:(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)(?:\s*(?<ampm>[ap])\.?m\b\.?)?|(?<h>1[0-2]|0?[1-9])\s*(?<ampm>[ap])\.?m\b\.?)(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"\p{L}[\p{L}\p{Nd}-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
