using Microsoft.IdentityModel.Tokens;

namespace IncidentBot.Teams.Auth;

/// <summary>
/// Turns IdentityModel's validation exception into a short reason for the log. Its messages are not used: they may
/// quote parts of the token.
/// </summary>
internal static class TokenRefusal
{
    public const string Algorithm = "the token's algorithm is not RS256, RS384 or RS512";

    public static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenNoExpirationException => "the token has no expiry",
        SecurityTokenInvalidLifetimeException => "the token's lifetime is invalid",
        SecurityTokenInvalidAudienceException => "the token is not for this bot (audience)",
        SecurityTokenInvalidIssuerException => "the token's issuer is not trusted",
        SecurityTokenInvalidAlgorithmException => Algorithm,
        SecurityTokenSignatureKeyNotFoundException => "the token's signing key is not published",
        SecurityTokenInvalidSignatureException => "the token's signature is invalid",
        SecurityTokenMalformedException => "the token is malformed",
        _ => "the token was refused",
    };
}
