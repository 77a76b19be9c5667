namespace IncidentBot.Web.Charts;

/// <summary>One place along a chart's horizontal axis: a short <paramref name="Label"/> under it (<c>30 Nov</c>) and the
/// <paramref name="Name"/> its bars are read out with (<c>week of 30 November 2026</c>).</summary>
public sealed record ChartCategory(string Label, string Name);
