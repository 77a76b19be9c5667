namespace IncidentBot.Tests.Host;

/// <summary>A test class whose every test gets a fresh bot on the real host and a client to it.</summary>
public abstract class BotClientTest : IAsyncLifetime
{
    protected BotFactory Bot { get; } = new();

    protected HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = Bot.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Bot.DisposeAsync();
}
