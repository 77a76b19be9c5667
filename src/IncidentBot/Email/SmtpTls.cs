namespace IncidentBot.Email;

/// <summary>How the connection to the mail server is protected (<c>Email:Smtp:UseTls</c>).</summary>
public enum SmtpTls
{
    /// <summary>Plain connection upgraded with STARTTLS, refused when the server does not offer it (port 587 by default).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465 by default).</summary>
    SslOnConnect,

    /// <summary>No TLS (port 25 by default): for a relay on this machine; a password is then allowed to loopback only.</summary>
    None,
}
