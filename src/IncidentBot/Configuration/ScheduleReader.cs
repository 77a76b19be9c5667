using System.Globalization;
using IncidentBot.Core.OnCall;
using IncidentBot.Core.Time;

namespace IncidentBot.Configuration;

/// <summary>
/// Turns <c>OnCall:Schedules</c> into the core's schedules, saying for each mistake the key it is under and how to
/// fix it. The validator reports the mistakes at start; the host builds the schedules once they are none.
/// </summary>
public static class ScheduleReader
{
    /// <summary>The schedule, or null with the reasons added to <paramref name="failures"/>.</summary>
    public static OnCallSchedule? Read(string name, ScheduleOptions options, IReadOnlySet<string> people, ICollection<string> failures, string key)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(failures);
        var before = failures.Count;
        if (!DisplayZone.TryParse(options.Zone, out var zone))
        {
            failures.Add($"{key}:Zone '{options.Zone}' is not a time zone; use an IANA name like Europe/Berlin (or an offset like +01:00).");
        }

        if (options.Layers.Count == 0)
        {
            failures.Add($"{key}:Layers is empty; add a layer with People, Rotation, Start and HandOff.");
        }

        var layers = options.Layers.Select((layer, i) => ReadLayer(layer, people, failures, $"{key}:Layers:{i}")).ToList();
        return failures.Count == before ? new OnCallSchedule(name, zone, [.. layers.OfType<ScheduleLayer>()]) : null;
    }

    private static ScheduleLayer? ReadLayer(ScheduleLayerOptions options, IReadOnlySet<string> people, ICollection<string> failures, string key)
    {
        var before = failures.Count;
        if (options.People.Count == 0)
        {
            failures.Add($"{key}:People is empty; list the person ids who take turns.");
        }

        foreach (var unknown in options.People.Where(p => !people.Contains(p)))
        {
            failures.Add($"{key}:People: '{unknown}' is not in People (configured: {string.Join(", ", people)}); add a person with Id '{unknown}' to People, or use a configured id.");
        }

        if (!RotationLength.TryParse(options.Rotation, out var length))
        {
            failures.Add($"{key}:Rotation '{options.Rotation}' is not a rotation; use daily, weekly, or a count and unit like 12h, 3d, 2w.");
        }

        if (!DateOnly.TryParseExact(options.Start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            failures.Add($"{key}:Start '{options.Start}' is not a date; write the first turn's day as yyyy-MM-dd.");
        }

        var handOff = Time(options.HandOff, $"{key}:HandOff", failures) ?? default;
        var window = Window(options, key, failures);
        return failures.Count == before
            ? new ScheduleLayer(options.Name ?? $"layer {key[(key.LastIndexOf(':') + 1)..]}", [.. options.People], length, start, handOff, window)
            : null;
    }

    private static ShiftWindow? Window(ScheduleLayerOptions options, string key, ICollection<string> failures)
    {
        if (options.Days.Count == 0 && options.From is null && options.To is null)
        {
            return null;
        }

        var days = new HashSet<DayOfWeek>();
        foreach (var day in options.Days)
        {
            if (WeekdayNames.TryParse(day.Trim(), out var known))
            {
                days.Add(known);
            }
            else
            {
                failures.Add($"{key}:Days: '{day}' is not a day; use Mon, Tue, Wed, Thu, Fri, Sat or Sun.");
            }
        }

        if ((options.From is null) != (options.To is null))
        {
            failures.Add($"{key}: From and To go together; give both (To not after From runs overnight), or neither for the whole day.");
        }

        var from = options.From is null ? TimeOnly.MinValue : Time(options.From, $"{key}:From", failures) ?? default;
        var to = options.To is null ? TimeOnly.MinValue : Time(options.To, $"{key}:To", failures) ?? default;
        return new ShiftWindow(days.Count == 0 ? Enum.GetValues<DayOfWeek>().ToHashSet() : days, from, to);
    }

    private static TimeOnly? Time(string text, string key, ICollection<string> failures)
    {
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        failures.Add($"{key} '{text}' is not a time of day; write it as HH:mm (24-hour), like 09:00.");
        return null;
    }
}
