using Microsoft.IdentityModel.Tokens;

namespace IncidentBot.Teams.Auth;

/// <summary>
/// The token lifetime check on the injected clock: IdentityModel's own check reads the system clock (its
/// <c>TimeProvider</c> hook is internal in 8.x). A token is valid from <c>nbf</c> to <c>exp</c>, each widened by the
/// clock skew; <c>exp</c> is required. Throws the exceptions IdentityModel's check would, so the refusal says which.
/// </summary>
internal static class TokenLifetime
{
    public static LifetimeValidator Validator(TimeProvider time, TimeSpan clockSkew) => (notBefore, expires, _, _) =>
    {
        if (expires is not { } expiry)
        {
            throw new SecurityTokenNoExpirationException("the token has no exp claim");
        }

        if (notBefore is { } start && start > expiry)
        {
            throw new SecurityTokenInvalidLifetimeException("the token's nbf is after its exp") { NotBefore = start, Expires = expiry };
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (notBefore is { } from && from > now + clockSkew)
        {
            throw new SecurityTokenNotYetValidException("the token is not valid yet") { NotBefore = from };
        }

        if (expiry < now - clockSkew)
        {
            throw new SecurityTokenExpiredException("the token has expired") { Expires = expiry };
        }

        return true;
    };
}
