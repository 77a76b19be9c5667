namespace IncidentBot.Web.Charts;

/// <summary>A unit a duration axis is read in (<c>minutes</c>, shown <c>min</c>), and the steps that read well in it.</summary>
public sealed record DurationUnit(string Name, string Symbol, double Seconds, IReadOnlyList<double> Steps);
