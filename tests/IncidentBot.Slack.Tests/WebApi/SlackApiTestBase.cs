namespace IncidentBot.Slack.Tests.WebApi;

/// <summary>A fresh fake Slack and Web API client for each test.</summary>
public abstract class SlackApiTestBase : IAsyncLifetime
{
    private SlackApiHarness? _harness;

    internal SlackApiHarness Harness => _harness ?? throw new InvalidOperationException("Not started.");

    public virtual async Task InitializeAsync() => _harness = await SlackApiHarness.StartAsync();

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }
}
