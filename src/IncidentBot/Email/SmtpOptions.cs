namespace IncidentBot.Email;

/// <summary>
/// The <c>Email:Smtp</c> section: the mail server the bot sends reports to managers through. Email is off while
/// <see cref="Host"/> is unset; checked at start by <see cref="SmtpOptionsValidator"/>.
/// </summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Email:Smtp";

    public string? Host { get; set; }

    /// <summary>Unset: the usual port of <see cref="UseTls"/> (587, 465 or 25).</summary>
    public int? Port { get; set; }

    public SmtpTls UseTls { get; set; } = SmtpTls.StartTls;

    /// <summary>Who to sign in as; unset: no authentication.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, <c>IncidentBot &lt;incidents@example.com&gt;</c> or a bare address.</summary>
    public string? From { get; set; }

    /// <summary>How long one step with the server (connecting, a command) may take before the attempt fails and is retried.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    /// <summary><see cref="Port"/>, else the usual port of <see cref="UseTls"/>.</summary>
    public int PortOrDefault => Port ?? UseTls switch
    {
        SmtpTls.SslOnConnect => 465,
        SmtpTls.None => 25,
        _ => 587,
    };
}
