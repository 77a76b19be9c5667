using IncidentBot.Teams.Connector;

namespace IncidentBot.Teams.Graph;

/// <summary>
/// The bearer token for Microsoft Graph: the app's client-credentials token for <see cref="Scope"/>, from the same
/// MSAL client and cache as the Bot Connector's (<see cref="AppTokens"/>). It carries no Graph application
/// permissions of its own; what it may do in a team is what the team granted the app by resource-specific consent
/// (<see href="https://learn.microsoft.com/microsoftteams/platform/graph-api/rsc/resource-specific-consent"/>).
/// </summary>
public sealed class GraphTokens(AppTokens tokens) : ScopedTokens(tokens, Scope)
{
    public const string Scope = "https://graph.microsoft.com/.default";
}
