using IncidentBot.Core.Incidents;

namespace IncidentBot.Web.Incidents;

/// <summary>The timeline as the incident page and its live fragment render it (<c>Pages/Shared/_Timeline.cshtml</c>).</summary>
public sealed record TimelineView(IReadOnlyList<TimelineEntry> Entries, IncidentReader Reader);
