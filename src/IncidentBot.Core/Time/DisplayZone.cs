using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentBot.Core.Time;

/// <summary>
/// The time zone people read times in: an IANA name (<c>Europe/Paris</c>, DST-correct) or a fixed offset
/// (<c>+01:00</c>). Times are stored in UTC and only converted for display.
/// </summary>
public sealed partial class DisplayZone
{
    private DisplayZone(TimeZoneInfo zone, string label)
    {
        Zone = zone;
        Label = label;
    }

    public static DisplayZone Utc { get; } = new(TimeZoneInfo.Utc, "UTC");

    public TimeZoneInfo Zone { get; }

    /// <summary>How the zone is named in reports: the IANA name, or <c>UTC+01:00</c>.</summary>
    public string Label { get; }

    public static bool TryParse(string? text, out DisplayZone zone)
    {
        zone = Utc;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (text is "UTC" or "Z" or "GMT")
        {
            return true;
        }

        var offset = OffsetPattern().Match(text);
        if (offset.Success)
        {
            var minutes = int.Parse(offset.Groups["m"].Value, CultureInfo.InvariantCulture);
            var span = new TimeSpan(int.Parse(offset.Groups["h"].Value, CultureInfo.InvariantCulture), minutes, 0);
            if (minutes >= 60 || span > TimeSpan.FromHours(14))
            {
                return false;
            }

            span = offset.Groups["sign"].Value == "-" ? -span : span;
            var label = "UTC" + (span < TimeSpan.Zero ? "-" : "+") + span.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
            zone = new DisplayZone(TimeZoneInfo.CreateCustomTimeZone(label, span, label, label), label);
            return true;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(text, out var found))
        {
            zone = new DisplayZone(found, text);
            return true;
        }

        return false;
    }

    public static DisplayZone Parse(string text) =>
        TryParse(text, out var zone) ? zone : throw new FormatException($"'{text}' is neither an IANA time zone nor an offset like +01:00.");

    public DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    /// <summary>The UTC instant of a wall-clock time in this zone (an invalid DST gap time moves forward).</summary>
    public DateTimeOffset FromLocal(DateTime wallClock)
    {
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddMinutes(1);
        }

        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    public string FormatTime(DateTimeOffset utc) => ToLocal(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    public string FormatDate(DateTimeOffset utc) => ToLocal(utc).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public override string ToString() => Label;

    [GeneratedRegex(@"^(?:UTC|GMT)?\s*(?<sign>[+-])(?<h>\d{1,2}):?(?<m>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
