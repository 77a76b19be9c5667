using IncidentBot.Teams.Connector;
using IncidentBot.Teams.Testing.Connector;

using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Teams.Tests.Connector;

/// <summary>
/// The connector client as the host wires it (<see cref="TeamsConnectorServiceCollectionExtensions.AddTeamsConnector"/>),
/// pointed at a fake token endpoint and a fake Bot Connector, all on one <see cref="TestClock"/>.
/// </summary>
internal sealed class ConnectorHarness : IAsyncDisposable
{
    private ConnectorHarness(TestClock clock, FakeTeamsTokenEndpoint tokens, FakeBotConnector teams, ServiceProvider services)
    {
        Clock = clock;
        Tokens = tokens;
        Teams = teams;
        Services = services;
    }

    public TestClock Clock { get; }

    public FakeTeamsTokenEndpoint Tokens { get; }

    public FakeBotConnector Teams { get; }

    public ServiceProvider Services { get; }

    public BotConnectorClient Client => Services.GetRequiredService<BotConnectorClient>();

    public BotConnectorTokens BotTokens => Services.GetRequiredService<BotConnectorTokens>();

    public static async Task<ConnectorHarness> StartAsync(Action<TeamsOptions>? configure = null)
    {
        var clock = new TestClock();
        var tokens = await FakeTeamsTokenEndpoint.StartAsync(clock);
        var teams = await FakeBotConnector.StartAsync(tokens, clock);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddOptions<TeamsOptions>().Configure(options =>
        {
            tokens.Configure(options);
            configure?.Invoke(options);
        });
        services.AddTeamsConnector();
        tokens.TrustCertificateIn(services);
        return new ConnectorHarness(clock, tokens, teams, services.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>Stops the fakes first (dropping requests they hold), then the container.</summary>
    public async ValueTask DisposeAsync()
    {
        await Teams.DisposeAsync();
        await Tokens.DisposeAsync();
        await Services.DisposeAsync().AsTask().WaitAsync(TestClock.Patience);
    }
}
