namespace IncidentBot.Web.Charts;

/// <summary>How a bar chart's series share a category.</summary>
public enum BarLayout
{
    /// <summary>Side by side, to compare the series (median times to acknowledge, mitigate and resolve).</summary>
    Grouped,

    /// <summary>On top of each other, so the stack is the category's total (incidents by severity).</summary>
    Stacked,
}
