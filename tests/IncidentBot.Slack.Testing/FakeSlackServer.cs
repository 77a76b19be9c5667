using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Slack.Testing;

/// <summary>
/// A fake Slack on 127.0.0.1 (Kestrel, a free port) speaking the real wire format. Web API calls arrive at
/// <c>/api/{method}</c> and are handled by <see cref="HandleApiAsync"/> (the Web API part of this class);
/// the Socket Mode WebSocket is served at <c>/socket-mode</c> by <see cref="SocketModeEndpoint"/>.
/// </summary>
public sealed partial class FakeSlackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeSlackServer(WebApplication app) => _app = app;

    /// <summary>The base address to configure as <c>Slack:ApiBaseUrl</c> (ends with <c>/api/</c>).</summary>
    public Uri ApiBaseUrl => new(BaseAddress, "api/");

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Serves the Socket Mode WebSocket; null answers 404.</summary>
    public Func<HttpContext, Task>? SocketModeEndpoint { get; set; }

    public static async Task<FakeSlackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeSlackServer(app);
        app.UseWebSockets();
        app.Map("/api/{method}", (HttpContext context, string method) => server.HandleApiAsync(context, method));
        app.Map("/socket-mode", context => server.SocketModeEndpoint?.Invoke(context) ?? NotFound(context));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
