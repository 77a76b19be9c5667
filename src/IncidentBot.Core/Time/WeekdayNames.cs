namespace IncidentBot.Core.Time;

/// <summary>Days of the week as people write them: <c>Monday</c> or <c>Mon</c>, in any case.</summary>
public static class WeekdayNames
{
    private static readonly Dictionary<string, DayOfWeek> Names = Enum.GetValues<DayOfWeek>()
        .SelectMany(d => new[] { (d.ToString(), d), (d.ToString()[..3], d) })
        .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.OrdinalIgnoreCase);

    public static bool TryParse(string? text, out DayOfWeek day) => Names.TryGetValue(text?.Trim() ?? "", out day);
}
