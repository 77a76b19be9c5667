using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace IncidentBot.Email;

/// <summary>
/// Hands a message to the configured server (<see cref="SmtpOptions"/>) with MailKit: one connection per message, TLS
/// as <see cref="SmtpOptions.UseTls"/> says (STARTTLS is required, not opportunistic), signed in when a user is set.
/// Any refusal or failure throws, for the job to be retried.
/// </summary>
public sealed class SmtpMailSender(IOptions<SmtpOptions> options)
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var smtp = options.Value;
        var host = smtp.Host ?? throw new InvalidOperationException($"{SmtpOptions.SectionName}:Host is not set.");
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(host, smtp.PortOrDefault, SocketOptions(smtp.UseTls), cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken).ConfigureAwait(false);
        }

        await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
    }

    private static SecureSocketOptions SocketOptions(SmtpTls tls) => tls switch
    {
        SmtpTls.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpTls.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };
}
