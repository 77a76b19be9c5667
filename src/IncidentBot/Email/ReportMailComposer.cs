using System.Net;
using IncidentBot.Web.Reports;
using MimeKit;

namespace IncidentBot.Email;

/// <summary>
/// A report as a MIME message: a plain-text body (the intro, the link, the Markdown as it is) and an HTML one (the same,
/// the report rendered by <see cref="PostmortemPage.Body"/>: Markdig with raw HTML shown as text and unsafe links
/// dropped, as on the web), the <c>.md</c> attached. Its Message-ID comes from the idempotence key, so the one mail a
/// crash between sending and recording could send twice arrives with the same id, which mail clients fold into one.
/// </summary>
public static class ReportMailComposer
{
    public static MimeMessage Compose(ReportMail mail, MailboxAddress from, IReadOnlyList<MailboxAddress> to)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var message = new MimeMessage { Subject = mail.Subject, MessageId = MessageIdOf(mail.Key, from) };
        message.From.Add(from);
        message.To.AddRange(to);
        var link = mail.Link.OriginalString;
        var body = new BodyBuilder
        {
            TextBody = $"{mail.Intro}\n\nRead it on the bot: {link}\nThe report is attached as {mail.FileName}, and follows.\n\n{mail.Markdown}",
            HtmlBody = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"></head><body>\n"
                + $"<p>{WebUtility.HtmlEncode(mail.Intro)}</p>\n<p><a href=\"{WebUtility.HtmlEncode(link)}\">Read it on the bot</a> · attached as {WebUtility.HtmlEncode(mail.FileName)}</p>\n<hr>\n"
                + PostmortemPage.Body(mail.Markdown) + "</body></html>\n",
        };
        body.Attachments.Add(mail.FileName, System.Text.Encoding.UTF8.GetBytes(mail.Markdown), new ContentType("text", "markdown") { Charset = "utf-8" });
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string MessageIdOf(string key, MailboxAddress from)
    {
        var domain = from.Domain is { Length: > 0 } d ? d : "incidentbot.invalid";
        return $"incidentbot.{key.Replace('/', '.')}@{domain}";
    }
}
