using Hangfire;
using IncidentBot.Core.Postmortems;
using Microsoft.Extensions.Options;

namespace IncidentBot.Email;

/// <summary>
/// Queues a <see cref="ReportMailJob"/> per report on Hangfire, in the bot's job storage, so a mail survives a restart
/// and is retried until the server takes it; nothing when <c>Email:Smtp:Host</c> is unset.
/// </summary>
public sealed class HangfireReportMailer(IBackgroundJobClient jobs, IOptions<SmtpOptions> options) : IReportMailer
{
    public void QueueDraft(int incidentNumber, int revision) => Queue(incidentNumber, ReportMailKind.Draft, revision);

    public void QueueApproval(int incidentNumber, int approval) => Queue(incidentNumber, ReportMailKind.Approval, approval);

    private void Queue(int incidentNumber, ReportMailKind kind, int number)
    {
        if (options.Value.Enabled)
        {
            jobs.Enqueue<ReportMailJob>(job => job.RunAsync(incidentNumber, kind, number, CancellationToken.None));
        }
    }
}
