using System.Globalization;
using IncidentBot.Core.Chat;

namespace IncidentBot.Drills;

/// <summary>
/// Links in a drill, which runs without a server: to the files the drill writes (<see cref="DrillOutput"/>), as its
/// message permalinks are. A report link names the drill's <c>postmortem-N.md</c>, the report as drafted at its end.
/// </summary>
public sealed class DrillLinks : IIncidentLinks
{
    public Uri RecordOf(int incidentNumber) => new("incidents.json", UriKind.Relative);

    public Uri ReportOf(int incidentNumber, int revision) =>
        new(string.Create(CultureInfo.InvariantCulture, $"postmortem-{incidentNumber}.md"), UriKind.Relative);

    /// <summary>A drill approves nothing; the name is the drill's report file all the same.</summary>
    public Uri ApprovedReportOf(int incidentNumber, int approval) => ReportOf(incidentNumber, 0);
}
