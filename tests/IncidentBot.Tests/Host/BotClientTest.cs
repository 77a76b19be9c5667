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

    /// <summary>GETs <paramref name="path"/> with the API's bearer token, as a script reading the API does.</summary>
    protected async Task<HttpResponseMessage> GetWithApiTokenAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", BotFactory.ApiToken);
        return await Client.SendAsync(request);
    }
}
