namespace IncidentBot.Teams.Connector;

/// <summary>The names of the HttpClients the connector uses, for a host or a test that configures their handlers.</summary>
public static class BotConnectorHttpClients
{
    /// <summary>The client MSAL asks the token endpoint with (<see cref="TeamsOptions.LoginUrl"/>).</summary>
    public const string Login = "teams-login";
}
