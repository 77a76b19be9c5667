namespace IncidentBot.Teams.Tests.Connector;

/// <summary>A fresh fake Teams and connector client for each test.</summary>
public abstract class ConnectorTestBase : IAsyncLifetime
{
    private ConnectorHarness? _harness;

    internal ConnectorHarness Harness => _harness ?? throw new InvalidOperationException("Not started.");

    public virtual async Task InitializeAsync() => _harness = await ConnectorHarness.StartAsync();

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }
}
