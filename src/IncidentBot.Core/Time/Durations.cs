using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentBot.Core.Time;

/// <summary>Durations as people type and read them: <c>90s</c>, <c>15m</c>, <c>2h</c>, <c>1h30m</c>, <c>1d</c>.</summary>
public static partial class Durations
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success || match.Length == 0)
        {
            return false;
        }

        var total = TimeSpan.Zero;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var value = int.Parse(part.Value[..^1], CultureInfo.InvariantCulture);
            var span = char.ToLowerInvariant(part.Value[^1]) switch
            {
                'd' => TimeSpan.FromDays(value),
                'h' => TimeSpan.FromHours(value),
                'm' => TimeSpan.FromMinutes(value),
                _ => TimeSpan.FromSeconds(value),
            };
            if (span > TimeSpan.MaxValue - total)
            {
                return false;
            }

            total += span;
        }

        duration = total;
        return true;
    }

    /// <summary>A duration in the largest whole units: <c>22 minutes</c>, <c>1 hour 5 minutes</c>, <c>45 seconds</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        var seconds = Math.Round(duration.TotalSeconds);
        if (seconds < 60)
        {
            return Unit((int)seconds, "second");
        }

        var minutes = (int)Math.Round(duration.TotalMinutes);
        var (days, hours, rest) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
        var parts = new List<string>();
        if (days > 0)
        {
            parts.Add(Unit(days, "day"));
        }

        if (hours > 0)
        {
            parts.Add(Unit(hours, "hour"));
        }

        if (rest > 0 || parts.Count == 0)
        {
            parts.Add(Unit(rest, "minute"));
        }

        return string.Join(' ', parts);
    }

    private static string Unit(int value, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{value} {unit}{(value == 1 ? "" : "s")}");

    [GeneratedRegex(@"^(?<part>\d{1,6}[dhmsDHMS])+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
