using System.Net;
using System.Text;
using IncidentBot.Teams.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Teams.Tests.Connector;

/// <summary>
/// Playground mode (<see cref="TeamsOptions.AllowUnauthenticatedLocalClient"/>): the Agents Playground's mock connector
/// on this machine is called without a token and none is fetched; any other address is never called without one.
/// Nothing here leaves the process: both HttpClients end in handlers that record what would have been sent.
/// </summary>
public sealed class PlaygroundConnectorTests : IAsyncDisposable
{
    private readonly RecordingHandler _connector = new("""{"id":"1795569081994"}""");
    private readonly RecordingHandler _login = new("""{"token_type":"Bearer","expires_in":3600,"access_token":"real-token"}""");
    private ServiceProvider? _services;

    [Theory]
    [InlineData("http://localhost:56150/_connector")]
    [InlineData("http://127.0.0.1:56150/_connector")]
    [InlineData("http://[::1]:56150/_connector")]
    public async Task Send_PlaygroundModeToThisMachine_SentWithoutATokenAndNoneFetched(string serviceUrl)
    {
        var client = Client(Playground);

        var id = await client.SendAsync(new Uri(serviceUrl), "team-id;messageid=1", OutgoingActivity.Message("hello"));

        Assert.Equal("1795569081994", id);
        var sent = Assert.Single(_connector.Requests);
        Assert.StartsWith(serviceUrl + "/v3/conversations/team-id%3Bmessageid%3D1/activities", sent.Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Null(sent.Authorization);
        Assert.Empty(_login.Requests);
    }

    [Fact]
    public async Task CreateChannelThread_PlaygroundModeWithoutAppId_CreatedWithoutNamingTheBot()
    {
        var client = Client(Playground);

        await client.CreateChannelThreadAsync(new Uri("http://localhost:56150/_connector"), TeamsOptions.PlaygroundChannelId, OutgoingActivity.Message("INC-1"));

        var sent = Assert.Single(_connector.Requests);
        Assert.EndsWith("/_connector/v3/conversations", sent.Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("\"channel\":{\"id\":\"team-id\"}", sent.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"bot\"", sent.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("http://localhost.example.com/_connector")]
    [InlineData("http://127.0.0.1.nip.io/_connector")]
    public async Task Send_PlaygroundModeElsewhere_NeverCalled(string serviceUrl)
    {
        var client = Client(Playground);

        var error = await Assert.ThrowsAsync<BotConnectorException>(() => client.SendAsync(new Uri(serviceUrl), "19:a@thread.tacv2", OutgoingActivity.Message("hello")));

        Assert.Equal("NoCredentials", error.ErrorCode);
        Assert.Empty(_connector.Requests);
        Assert.Empty(_login.Requests);
    }

    [Fact]
    public async Task Send_SwitchOnWithCredentialsToThisMachine_TheRealTokenIsNotSent()
    {
        var client = Client(options =>
        {
            Playground(options);
            (options.AppId, options.AppPassword, options.TenantId) = ("00000000-0000-0000-0000-0000000000a1", "secret", "00000000-0000-0000-0000-0000000000b1");
        });

        await client.SendAsync(new Uri("http://localhost:56150/_connector"), "team-id", OutgoingActivity.Message("hello"));

        Assert.Null(Assert.Single(_connector.Requests).Authorization);
        Assert.Empty(_login.Requests);
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        _connector.Dispose();
        _login.Dispose();
    }

    private static void Playground(TeamsOptions options)
    {
        (options.AppId, options.AppPassword, options.TenantId) = (null, null, null);
        options.AllowUnauthenticatedLocalClient = true;
    }

    private BotConnectorClient Client(Action<TeamsOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddOptions<TeamsOptions>().Configure(configure);
        services.AddTeamsConnector();
        services.AddHttpClient<BotConnectorTransport>().ConfigurePrimaryHttpMessageHandler(() => _connector);
        services.AddHttpClient(BotConnectorHttpClients.Login).ConfigurePrimaryHttpMessageHandler(() => _login);
        _services = services.BuildServiceProvider(validateScopes: true);
        return _services.GetRequiredService<BotConnectorClient>();
    }

    /// <summary>Answers every request with 201 and <paramref name="answer"/>, keeping what was asked; nothing goes on the network.</summary>
    private sealed class RecordingHandler(string answer) : HttpMessageHandler
    {
        private readonly List<(Uri Uri, string? Authorization, string Body)> _requests = [];

        public IReadOnlyList<(Uri Uri, string? Authorization, string Body)> Requests
        {
            get
            {
                lock (_requests)
                {
                    return [.. _requests];
                }
            }
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            lock (_requests)
            {
                _requests.Add((request.RequestUri!, request.Headers.Authorization?.ToString(), body));
            }

            return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent(answer, Encoding.UTF8, "application/json") };
        }
    }
}
