using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Rollbacks;

/// <summary>
/// A deploy system's rollback webhook on loopback (Kestrel, a free port): records every request as it
/// arrived and answers with the replies a test lined up, in order; the last one repeats.
/// </summary>
public sealed class FakeDeployWebhook : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<WebhookRequest> _requests = [];
    private readonly Queue<WebhookReply> _replies = new();
    private WebhookReply _last = WebhookReply.Outcome("succeeded", "rolled back");
    private WebApplication? _app;

    /// <summary>Where the fake listens, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<WebhookRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToList();
            }
        }
    }

    public static async Task<FakeDeployWebhook> StartAsync()
    {
        var fake = new FakeDeployWebhook();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        fake._app = builder.Build();
        fake._app.Run(fake.AnswerAsync);
        await fake._app.StartAsync();
        var address = fake._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        fake.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>The answers to the next requests, in order; the last one also answers every later request.</summary>
    public void Reply(params WebhookReply[] replies)
    {
        lock (_gate)
        {
            _replies.Clear();
            foreach (var reply in replies)
            {
                _replies.Enqueue(reply);
            }
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived.</summary>
    public async Task<IReadOnlyList<WebhookRequest>> WaitForRequestsAsync(int count)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (Requests is { } requests && requests.Count >= count)
            {
                return requests;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The deploy webhook received {Requests.Count} requests, not {count}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        WebhookReply reply;
        lock (_gate)
        {
            _requests.Add(new WebhookRequest(context.Request.Method, context.Request.Path.Value ?? "", headers, body.ToArray()));
            reply = _replies.TryDequeue(out var next) ? _last = next : _last;
        }

        context.Response.StatusCode = reply.StatusCode;
        if (reply.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        if (reply.Body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Body, context.RequestAborted);
        }
    }
}
