using Hangfire;
using IncidentBot.Core;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using Microsoft.Extensions.Options;
using MimeKit;

namespace IncidentBot.Email;

/// <summary>
/// Mails one report (a delivered draft or an approval) to the managers who have an <c>Email</c>; a manager without one
/// is skipped with a log line. Re-entrant and idempotent: under the mail's lock, a key already recorded as sent
/// (<see cref="ISentMailStore"/>) sends nothing; the key is recorded only after the server took the mail, so a
/// refusal or a failure throws and Hangfire tries again later (<see cref="Attempts"/> times over about a week), and a
/// run after a success sends nothing.
/// </summary>
public sealed partial class ReportMailJob(
    IIncidentStore incidents, IPostmortemStore postmortems, IPostmortemApprovalStore approvals, IPeopleDirectory people, IncidentSettings settings,
    IIncidentLinks links, ISentMailStore sent, ReportMailLocks locks, SmtpMailSender smtp, IOptions<SmtpOptions> options, TimeProvider time,
    ILogger<ReportMailJob> logger)
{
    /// <summary>Hangfire's tries: its delays grow with each (the 20th waits about 44 hours), so a mail server down for days is waited out.</summary>
    public const int Attempts = 20;

    [AutomaticRetry(Attempts = Attempts)]
    public async Task RunAsync(int incidentNumber, ReportMailKind kind, int number, CancellationToken cancellationToken = default)
    {
        var key = ReportMail.KeyOf(IncidentKey.Format(incidentNumber), kind, number);
        if (options.Value is not { Enabled: true, From: { } sender })
        {
            LogEmailOff(logger, key);
            return;
        }

        using var held = await locks.AcquireAsync(key, cancellationToken).ConfigureAwait(false);
        if (await sent.SentAtAsync(key, cancellationToken).ConfigureAwait(false) is { } sentAt)
        {
            LogAlreadySent(logger, key, sentAt);
            return;
        }

        if (await ReportOfAsync(incidentNumber, kind, number, cancellationToken).ConfigureAwait(false) is not { } mail)
        {
            LogNoReport(logger, key);
            return;
        }

        var to = Recipients(key);
        if (to.Count == 0)
        {
            LogNobody(logger, key);
            return;
        }

        await smtp.SendAsync(ReportMailComposer.Compose(mail, MailboxAddress.Parse(sender), to), cancellationToken).ConfigureAwait(false);
        await sent.MarkSentAsync(key, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        LogSent(logger, key, to.Count);
    }

    private async Task<ReportMail?> ReportOfAsync(int incidentNumber, ReportMailKind kind, int number, CancellationToken cancellationToken)
    {
        if (await incidents.GetAsync(incidentNumber, cancellationToken).ConfigureAwait(false) is not { } incident)
        {
            return null;
        }

        var key = ReportMail.KeyOf(incident.Key, kind, number);
        if (kind == ReportMailKind.Draft)
        {
            return await postmortems.GetRevisionAsync(incidentNumber, number, cancellationToken).ConfigureAwait(false) is { } draft
                ? new ReportMail(
                    key, $"{PostmortemFile.TitleOf(incident.Key, number)}: {incident.State.Title}",
                    $"The bot drafted the {incident.Key} postmortem (draft {number}) for \"{incident.State.Title}\".",
                    draft.Markdown, PostmortemFile.NameOf(incident.Key), links.ReportOf(incidentNumber, number))
                : null;
        }

        return await approvals.GetAsync(incidentNumber, number, cancellationToken).ConfigureAwait(false) is { } approval
            ? new ReportMail(
                key, $"{incident.Key} postmortem approved by {approval.ApprovedBy}: {incident.State.Title}",
                $"{approval.ApprovedBy} approved the {incident.Key} postmortem for \"{incident.State.Title}\" (edited from draft {approval.FromRevision}).",
                approval.Markdown, PostmortemFile.ApprovedNameOf(incident.Key), links.ApprovedReportOf(incidentNumber, number))
            : null;
    }

    private List<MailboxAddress> Recipients(string key)
    {
        var to = new List<MailboxAddress>();
        foreach (var manager in settings.Managers.Select(people.Find).OfType<Person>())
        {
            if (manager.Email is { } email && MailboxAddress.TryParse(email, out var address) && address.Address.Contains('@', StringComparison.Ordinal))
            {
                to.Add(new MailboxAddress(manager.Name, address.Address));
            }
            else
            {
                LogNoEmail(logger, key, manager.Id);
            }
        }

        return to;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report mail {Key}: Email:Smtp:Host is no longer set; nothing sent")]
    private static partial void LogEmailOff(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Report mail {Key} went out at {SentAt} already; not sent again")]
    private static partial void LogAlreadySent(ILogger logger, string key, DateTimeOffset sentAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report mail {Key}: there is no such incident or report; nothing sent")]
    private static partial void LogNoReport(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report mail {Key}: manager {PersonId} has no Email in People; not mailed")]
    private static partial void LogNoEmail(ILogger logger, string key, string personId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report mail {Key}: no manager has an Email in People; nothing sent")]
    private static partial void LogNobody(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Report mail {Key} sent to {Count} manager(s)")]
    private static partial void LogSent(ILogger logger, string key, int count);
}
