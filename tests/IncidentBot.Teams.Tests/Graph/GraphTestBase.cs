namespace IncidentBot.Teams.Tests.Graph;

/// <summary>A fresh fake Graph and Graph client for each test.</summary>
public abstract class GraphTestBase : IAsyncLifetime
{
    private GraphHarness? _harness;

    internal GraphHarness Harness => _harness ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _harness = await GraphHarness.StartAsync();

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }
}
