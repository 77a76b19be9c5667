namespace IncidentBot.Web.Charts;

/// <summary>What a chart's values are, which decides its axis unit and how a value is read out.</summary>
public enum ChartValueKind
{
    /// <summary>Whole numbers of incidents.</summary>
    Count,

    /// <summary>Durations in seconds, shown in seconds, minutes, hours or days as their size asks.</summary>
    Duration,
}
