namespace IncidentBot.Core.Postmortems;

/// <summary>
/// Sends reports to the managers by email, where the bot is configured to: each call queues durable work for one
/// report (a drafted revision, an approval) and returns at once; the work retries until the mail server takes it and
/// sends it once. Without email configured it does nothing (<see cref="NoReportMailer"/>).
/// </summary>
public interface IReportMailer
{
    /// <summary>Mails draft <paramref name="revision"/> of the incident's postmortem, once it was delivered in chat.</summary>
    void QueueDraft(int incidentNumber, int revision);

    /// <summary>Mails approval <paramref name="approval"/> of the incident's postmortem.</summary>
    void QueueApproval(int incidentNumber, int approval);
}
