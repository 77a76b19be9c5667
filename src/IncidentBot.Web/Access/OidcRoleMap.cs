namespace IncidentBot.Web.Access;

/// <summary>
/// Which <see cref="WebRoles"/> the values of the identity provider's role claim grant, by <c>Web:Oidc:Roles</c>.
/// Nothing else grants a role: a value not listed grants nothing, and no values grant nothing.
/// </summary>
public static class OidcRoleMap
{
    public static IReadOnlyList<string> RolesFor(IEnumerable<string> claimValues, WebOidcRoles roles)
    {
        ArgumentNullException.ThrowIfNull(claimValues);
        ArgumentNullException.ThrowIfNull(roles);
        var values = claimValues.ToHashSet(StringComparer.Ordinal);
        return new[] { (WebRoles.Viewer, roles.Viewer), (WebRoles.Responder, roles.Responder), (WebRoles.Manager, roles.Manager) }
            .Where(role => role.Item2.Any(values.Contains))
            .Select(role => role.Item1)
            .ToList();
    }
}
