using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace IncidentBot.Web.Access;

/// <summary>
/// Signs the configured admin in (<see cref="WebAdminOptions"/>): user name and password are both checked, in
/// constant time, whatever the user name typed (a wrong name costs the same hashing as a wrong password, so the time
/// taken tells nothing), behind the <see cref="SignInThrottle"/>. The admin gets the responder and manager roles.
/// </summary>
public sealed class AdminSignIn(IOptions<WebOptions> options, SignInThrottle throttle, TimeProvider time)
{
    /// <summary>Checks the credential and, when it is right, sets the sign-in cookie.</summary>
    public async Task<SignInOutcome> SignInAsync(HttpContext http, string? user, string? password)
    {
        ArgumentNullException.ThrowIfNull(http);
        var admin = options.Value.Admin;
        if (!admin.IsConfigured || !PasswordHash.TryParse(admin.PasswordHash, out var hash))
        {
            return SignInOutcome.NotConfigured();
        }

        if (!http.Request.IsHttps)
        {
            return SignInOutcome.NeedsHttps();
        }

        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        user ??= "";
        if (throttle.LockedUntil(address, user) is { } until)
        {
            return SignInOutcome.LockedOut(until - time.GetUtcNow());
        }

        var passwordRight = hash.Verifies(password ?? "");
        var userRight = CryptographicOperations.FixedTimeEquals(Digest(user), Digest(admin.User!));
        if (!(passwordRight & userRight))
        {
            throttle.Failed(address, user);
            return SignInOutcome.Wrong();
        }

        throttle.Succeeded(address, user);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, admin.User!), new Claim(ClaimTypes.Role, WebRoles.Responder), new Claim(ClaimTypes.Role, WebRoles.Manager)],
            WebPolicies.CookieScheme);
        await http.SignInAsync(WebPolicies.CookieScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        return SignInOutcome.SignedIn();
    }

    /// <summary>Fixed-length digests, so comparing names of different lengths takes the same time.</summary>
    private static byte[] Digest(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
