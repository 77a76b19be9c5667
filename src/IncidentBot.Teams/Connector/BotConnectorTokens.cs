namespace IncidentBot.Teams.Connector;

/// <summary>
/// The bearer token for calls to the Bot Connector: the app's client-credentials token for <see cref="Scope"/>, held
/// and refreshed by <see cref="AppTokens"/>.
/// </summary>
public sealed class BotConnectorTokens(AppTokens tokens) : ScopedTokens(tokens, Scope)
{
    public const string Scope = "https://api.botframework.com/.default";
}
