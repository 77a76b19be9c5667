namespace IncidentBot.Web.Access;

/// <summary>
/// The roles of the web face, as role claims of the signed-in person: viewers read, responders act on incidents,
/// managers approve reports. A sign-in method (the admin credential today, OpenID Connect later) gives roles; a direct
/// request on this machine has them all (<see cref="DirectLocalRequest"/>).
/// </summary>
public static class WebRoles
{
    public const string Viewer = "viewer";

    public const string Responder = "responder";

    public const string Manager = "manager";
}
