namespace IncidentBot.Teams.Auth;

/// <summary>
/// Who sent an accepted activity, from its validated token: <see cref="AppId"/> is the token's <c>appid</c> (v1) or
/// <c>azp</c> (v2) claim, <see cref="ServiceUrl"/> its <c>serviceurl</c> claim (equal to the activity's
/// <c>serviceUrl</c>, but for case and a trailing <c>/</c>). A request let in without a token by
/// <see cref="TeamsOptions.AllowUnauthenticatedLocalClient"/> has <see cref="IsLocalClient"/> set and nothing else.
/// </summary>
public sealed record TeamsCaller(string? Issuer, string? AppId, string? ServiceUrl, bool IsLocalClient)
{
    /// <summary>The Agents Playground (or another local client) let in without a token.</summary>
    public static TeamsCaller LocalClient { get; } = new(null, null, null, true);
}
