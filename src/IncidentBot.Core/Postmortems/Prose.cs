using System.Globalization;

namespace IncidentBot.Core.Postmortems;

/// <summary>Small pieces of English the sections share, kept culture-invariant.</summary>
internal static class Prose
{
    /// <summary>The full stop a sentence ending in <paramref name="rawText"/> still needs (none if it already ends one).</summary>
    public static string Stop(string rawText) =>
        rawText.TrimEnd() is [.., '.' or '!' or '?'] ? "" : ".";

    /// <summary><c>a</c>, <c>a and b</c>, <c>a, b and c</c>.</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>An offset as zones are labelled: <c>UTC+01:00</c>, <c>UTC-05:30</c>.</summary>
    public static string Offset(TimeSpan offset) =>
        "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
