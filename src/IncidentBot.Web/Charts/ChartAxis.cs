using System.Globalization;
using IncidentBot.Core.Time;

namespace IncidentBot.Web.Charts;

/// <summary>
/// A chart's value axis: from zero to <see cref="Top"/>, with ticks at values people read without arithmetic (whole
/// counts in steps of 1, 2 or 5 × 10ⁿ; durations in the unit their size asks for, in steps such as 15 or 30 minutes, or
/// 6 or 12 hours). Values and ticks are in the chart's base unit (incidents, or seconds).
/// </summary>
public sealed record ChartAxis(double Top, IReadOnlyList<double> Ticks, string Title, ChartValueKind Kind, DurationUnit? Unit)
{
    /// <summary>About how many steps an axis is divided into.</summary>
    public const int TargetSteps = 5;

    private static readonly IReadOnlyList<DurationUnit> Units =
    [
        new("seconds", "s", 1, [1, 2, 5, 10, 15, 30]),
        new("minutes", "min", 60, [1, 2, 5, 10, 15, 30, 60]),
        new("hours", "h", 3600, [1, 2, 3, 6, 12, 24]),
        new("days", "d", 86400, []),
    ];

    /// <summary>An axis whose top is at or above <paramref name="maximum"/>, ticked at readable values.</summary>
    public static ChartAxis For(ChartValueKind kind, double maximum)
    {
        maximum = Math.Max(0, maximum);
        if (kind == ChartValueKind.Count)
        {
            var step = Step(maximum, []);
            return Build(maximum, step, 1, "incidents", kind, null);
        }

        var unit = UnitFor(maximum);
        return Build(maximum, Step(maximum / unit.Seconds, unit.Steps), unit.Seconds, unit.Name, kind, unit);
    }

    /// <summary>A tick's label: <c>0</c>, <c>30 min</c>, <c>12 h</c>, <c>4</c>.</summary>
    public string TickLabel(double value)
    {
        if (value == 0 || Unit is not { } unit)
        {
            return value.ToString("0.##", CultureInfo.InvariantCulture);
        }

        return (value / unit.Seconds).ToString("0.##", CultureInfo.InvariantCulture) + " " + unit.Symbol;
    }

    /// <summary>A value in few characters, in the unit its own size asks for: <c>3 d</c>, <c>90 min</c>, <c>12</c>.</summary>
    public static string Compact(ChartValueKind kind, double value)
    {
        if (kind == ChartValueKind.Count)
        {
            return value.ToString("0.##", CultureInfo.InvariantCulture);
        }

        var unit = UnitFor(value);
        return Math.Round(value / unit.Seconds).ToString(CultureInfo.InvariantCulture) + " " + unit.Symbol;
    }

    /// <summary>A value as a sentence says it: <c>1 hour 5 minutes</c>, <c>3 incidents</c>.</summary>
    public static string Say(ChartValueKind kind, double value) => kind == ChartValueKind.Duration
        ? Durations.Format(TimeSpan.FromSeconds(value))
        : value == 1 ? "1 incident" : value.ToString("0.##", CultureInfo.InvariantCulture) + " incidents";

    /// <summary>The smallest readable step (at least one whole unit) that divides <paramref name="maximum"/> into about <see cref="TargetSteps"/>.</summary>
    internal static double Step(double maximum, IReadOnlyList<double> preferred)
    {
        var rough = maximum / TargetSteps;
        if (rough <= 1)
        {
            return 1;
        }

        if (preferred.FirstOrDefault(p => p >= rough) is > 0 and var chosen)
        {
            return chosen;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        return magnitude * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10);
    }

    private static DurationUnit UnitFor(double seconds) => Units.FirstOrDefault(u => seconds < 120 * u.Seconds) ?? Units[^1];

    private static ChartAxis Build(double maximum, double step, double unitSeconds, string title, ChartValueKind kind, DurationUnit? unit)
    {
        var steps = Math.Max(1, (int)Math.Ceiling(maximum / unitSeconds / step - 1e-9));
        var ticks = Enumerable.Range(0, steps + 1).Select(i => i * step * unitSeconds).ToList();
        return new ChartAxis(ticks[^1], ticks, title, kind, unit);
    }
}
