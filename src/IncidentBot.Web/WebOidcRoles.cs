namespace IncidentBot.Web;

/// <summary>
/// <c>Web:Oidc:Roles</c>: for each role of the web face, the values of the provider's role claim (group ids, app
/// role names) that grant it. A value may be listed under several roles; matching is exact (ordinal).
/// </summary>
public sealed class WebOidcRoles
{
    public List<string> Viewer { get; set; } = [];

    public List<string> Responder { get; set; } = [];

    public List<string> Manager { get; set; } = [];

    public bool IsEmpty => Viewer.Count == 0 && Responder.Count == 0 && Manager.Count == 0;
}
