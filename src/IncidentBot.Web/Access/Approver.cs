using System.Security.Claims;
using IncidentBot.Core.People;
using Microsoft.AspNetCore.Http;

namespace IncidentBot.Web.Access;

/// <summary>
/// Who approves a report, as its record names them. A signed-in person is their sign-in's name
/// (<see cref="System.Security.Principal.IIdentity.Name"/>: the admin credential's user today, an OpenID Connect sign-in's
/// name claim later), shown as the configured person of <c>People</c> whose <c>Email</c> matches the sign-in's email
/// claim, or whose id is that name, when there is one. A direct request on this machine that did not sign in is
/// <see cref="LocalOperator"/>: the operator has every role without a name, and the record says so rather than
/// inventing one.
/// </summary>
public static class Approver
{
    public const string LocalOperator = "local user on this machine";

    /// <summary>The name to record and, when the sign-in is a configured person, their id.</summary>
    public static (string Name, string? PersonId) Of(HttpContext http, IPeopleDirectory people)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(people);
        var user = http.User;
        if (user.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name })
        {
            return (LocalOperator, null);
        }

        var email = user.FindFirst(ClaimTypes.Email)?.Value ?? user.FindFirst("email")?.Value;
        var person = (email is null ? null : people.All.FirstOrDefault(p => string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase)))
            ?? people.Find(name);
        return person is null ? (name, null) : (person.Name, person.Id);
    }
}
