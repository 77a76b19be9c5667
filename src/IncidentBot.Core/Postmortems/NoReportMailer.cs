namespace IncidentBot.Core.Postmortems;

/// <summary>Reports go by chat only: what the core uses until a host registers an <see cref="IReportMailer"/> that mails.</summary>
public sealed class NoReportMailer : IReportMailer
{
    public void QueueDraft(int incidentNumber, int revision)
    {
    }

    public void QueueApproval(int incidentNumber, int approval)
    {
    }
}
