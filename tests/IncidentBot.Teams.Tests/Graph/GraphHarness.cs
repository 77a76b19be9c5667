using IncidentBot.Teams.Connector;
using IncidentBot.Teams.Graph;
using IncidentBot.Teams.Testing.Connector;
using IncidentBot.Teams.Testing.Graph;
using IncidentBot.Teams.Tests.Connector;

using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Teams.Tests.Graph;

/// <summary>
/// The Graph client as the host wires it (<see cref="GraphServiceCollectionExtensions.AddTeamsGraph"/> beside
/// <see cref="TeamsConnectorServiceCollectionExtensions.AddTeamsConnector"/>), pointed at a fake token endpoint and a
/// fake Graph with one team, all on one <see cref="TestClock"/>.
/// </summary>
internal sealed class GraphHarness : IAsyncDisposable
{
    public const string TeamId = "2f0b4c1e-8d7a-4a51-9d3e-000000000001";

    private GraphHarness(TestClock clock, FakeTeamsTokenEndpoint tokens, FakeGraph graph, ServiceProvider services)
    {
        (Clock, Tokens, Graph, Services) = (clock, tokens, graph, services);
    }

    public TestClock Clock { get; }

    public FakeTeamsTokenEndpoint Tokens { get; }

    public FakeGraph Graph { get; }

    public ServiceProvider Services { get; }

    public GraphClient Client => Services.GetRequiredService<GraphClient>();

    public TeamsChannelOpener Opener => new(Client);

    public static async Task<GraphHarness> StartAsync()
    {
        var clock = new TestClock();
        var tokens = await FakeTeamsTokenEndpoint.StartAsync(clock);
        var graph = await FakeGraph.StartAsync(tokens, clock);
        graph.AddTeam(TeamId);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddOptions<TeamsOptions>().Configure(options =>
        {
            tokens.Configure(options);
            options.GraphUrl = graph.GraphUrl;
        });
        services.AddTeamsConnector();
        services.AddTeamsGraph();
        tokens.TrustCertificateIn(services);
        return new GraphHarness(clock, tokens, graph, services.BuildServiceProvider(validateScopes: true));
    }

    public async ValueTask DisposeAsync()
    {
        await Graph.DisposeAsync();
        await Tokens.DisposeAsync();
        await Services.DisposeAsync().AsTask().WaitAsync(TestClock.Patience);
    }
}
