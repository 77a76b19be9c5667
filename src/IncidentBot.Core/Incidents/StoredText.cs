using System.Globalization;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// What an incident keeps of the text alerts bring. An incident is one database document (LiteDB refuses one over
/// 16 MB, and every later alert of its group would then fail), and a group can send alerts for weeks: each alert
/// keeps enough to read and act on, cut with a marker that says how long it was. The source has the whole alert.
/// </summary>
public static class StoredText
{
    public const int Title = 500;
    public const int Description = 4_000;
    public const int Link = 2_000;

    /// <summary>A service name: it is compared with deploys, whose service is at most 200 characters.</summary>
    public const int Service = 200;

    /// <summary>
    /// The alerts one incident keeps. Past it, the oldest resolved alert makes room; while every one still fires,
    /// a new one is kept without its description and link (it must be kept: the incident is mitigated when all resolve).
    /// </summary>
    public const int Alerts = 1_000;

    /// <summary><paramref name="text"/>, or its first part and "… [cut: 160,000 characters]" when longer than <paramref name="max"/>.</summary>
    public static string Cut(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var marker = string.Create(CultureInfo.InvariantCulture, $"… [cut: {text.Length:N0} characters]");
        var end = Math.Max(0, max - marker.Length);
        end = end > 0 && char.IsHighSurrogate(text[end - 1]) ? end - 1 : end;
        return string.Concat(text.AsSpan(0, end), marker);
    }

    public static string? CutOrNull(string? text, int max) => text is null ? null : Cut(text, max);
}
