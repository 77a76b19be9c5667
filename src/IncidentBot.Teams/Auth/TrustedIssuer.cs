namespace IncidentBot.Teams.Auth;

/// <summary>
/// Issuers whose tokens the bot accepts, the keys that check them, and whether those keys must be endorsed for the
/// activity's channel (the Bot Framework's are; Entra's carry no endorsements).
/// </summary>
internal sealed record TrustedIssuer(IReadOnlyList<string> Issuers, SigningKeySource Keys, bool RequiresEndorsement)
{
    public bool Issued(string? issuer) => Issuers.Contains(issuer, StringComparer.Ordinal);
}
