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
/// file bytes at <c>/upload/{fileId}</c>; the Socket Mode WebSocket is served at <c>/socket-mode</c> by
/// <see cref="SocketModeEndpoint"/>. Its clock (ts values, recorded call times, delays) is the
/// <see cref="TimeProvider"/> it was started with.
/// </summary>
public sealed partial class FakeSlackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();

    private FakeSlackServer(WebApplication app, TimeProvider timeProvider)
    {
        _app = app;
        _time = timeProvider;
        _workspace = new FakeSlackWorkspace(timeProvider);
        _files = new FakeFilesMethods(_workspace, id => new Uri(BaseAddress, $"upload/{id}"));
        _handlers = new FakeChatMethods(_workspace).Handlers
            .Concat(new FakeConversationsMethods(_workspace).Handlers)
            .Concat(new FakeListingMethods(_workspace).Handlers)
            .Concat(new FakeChannelItemMethods(_workspace).Handlers)
            .Concat(new FakeIdentityMethods(_workspace, () => SocketModeUrl).Handlers)
            .Concat(_files.Handlers)
            .ToDictionary(StringComparer.Ordinal);
    }

    /// <summary>The base address to configure as <c>Slack:ApiBaseUrl</c> (ends with <c>/api/</c>).</summary>
    public Uri ApiBaseUrl => new(BaseAddress, "api/");

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What <c>apps.connections.open</c> answers: <c>ws://127.0.0.1:{port}/socket-mode</c>.</summary>
    public Uri SocketModeUrl => new UriBuilder(BaseAddress) { Scheme = "ws", Path = "socket-mode" }.Uri;

    /// <summary>Serves the Socket Mode WebSocket; null answers 404.</summary>
    public Func<HttpContext, Task>? SocketModeEndpoint { get; set; }

    public static Task<FakeSlackServer> StartAsync() => StartAsync(TimeProvider.System);

    public static async Task<FakeSlackServer> StartAsync(TimeProvider timeProvider)
    {
        // Its content root (which the config file watcher watches, subfolders included) is its own folder, never
        // the caller's: run from a folder holding the bot's data, it would be woken by every write the bot makes.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeSlackServer(app, timeProvider);
        app.UseWebSockets();
        app.Map("/api/{method}", (HttpContext context, string method) => server.HandleApiAsync(context, method));
        app.MapPost("/upload/{fileId}", (HttpContext context, string fileId) => server.HandleUploadAsync(context, fileId));
        app.Map("/socket-mode", context => server.SocketModeEndpoint?.Invoke(context) ?? NotFound(context));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Stops the server; requests still held by a <see cref="FakeFault.Delay"/> are dropped first.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
