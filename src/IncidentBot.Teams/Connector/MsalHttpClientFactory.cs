using Microsoft.Identity.Client;

namespace IncidentBot.Teams.Connector;

/// <summary>Gives MSAL the <see cref="BotConnectorHttpClients.Login"/> client from <see cref="IHttpClientFactory"/>, so its handlers are pooled and configurable like the others.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(BotConnectorHttpClients.Login);
}
