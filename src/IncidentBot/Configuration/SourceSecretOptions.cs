namespace IncidentBot.Configuration;

/// <summary>
/// How one webhook sender proves itself: a bearer token, or an HMAC-SHA256 signature of the body in
/// <c>X-IncidentBot-Signature: sha256=&lt;hex&gt;</c>. At least one must be set.
/// </summary>
public sealed class SourceSecretOptions
{
    public string? Token { get; set; }

    public string? HmacSecret { get; set; }

    public bool IsConfigured => !string.IsNullOrEmpty(Token) || !string.IsNullOrEmpty(HmacSecret);
}
