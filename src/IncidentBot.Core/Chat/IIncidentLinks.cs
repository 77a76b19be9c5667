namespace IncidentBot.Core.Chat;

/// <summary>Where things the bot keeps can be read on the bot, for messages that cannot hold them whole.</summary>
public interface IIncidentLinks
{
    /// <summary>The incident's full record, for messages a platform had to shorten.</summary>
    Uri RecordOf(int incidentNumber);

    /// <summary>
    /// One revision of the incident's drafted postmortem, readable by whoever has the link. It is posted only where
    /// the report itself is posted, so it shows its readers nothing they do not already see.
    /// </summary>
    Uri ReportOf(int incidentNumber, int revision);

    /// <summary>
    /// Approval <paramref name="approval"/> of the incident's postmortem, the version a manager edited and approved,
    /// readable by whoever has the link; posted only where the report itself is posted, as <see cref="ReportOf"/>.
    /// </summary>
    Uri ApprovedReportOf(int incidentNumber, int approval);
}
