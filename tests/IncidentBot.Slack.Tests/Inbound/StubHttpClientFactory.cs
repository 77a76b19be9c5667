namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>Hands out clients over one stub handler.</summary>
internal sealed class StubHttpClientFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
}
