using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>
/// A minimal host (TestServer) with <see cref="SlackEndpoints.MapSlack"/> over a given <see cref="ISlackInbound"/>,
/// signing secret <see cref="SignatureVector.Secret"/> and the clock at the vector's time.
/// </summary>
internal sealed class SlackTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SlackTestHost(WebApplication app, HttpClient client, FakeTimeProvider time)
    {
        _app = app;
        Client = client;
        Time = time;
    }

    public HttpClient Client { get; }

    public FakeTimeProvider Time { get; }

    public static async Task<SlackTestHost> StartAsync(ISlackInbound inbound, Action<SlackOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.Configure<SlackOptions>(o => (o.BotToken, o.SigningSecret) = ("xoxb-test", SignatureVector.Secret));
        builder.Services.Configure(configure ?? (_ => { }));
        builder.Services.AddSingleton<SlackSignatureVerifier>();
        builder.Services.AddSingleton<IInboxStore, InMemoryInboxStore>();
        builder.Services.AddSingleton<SlackReplayGuard>();
        builder.Services.AddSingleton(inbound);
        var time = new FakeTimeProvider(SignatureVector.Now);
        builder.Services.AddSingleton<TimeProvider>(time);
        var app = builder.Build();
        app.MapSlack();
        await app.StartAsync();
        return new SlackTestHost(app, app.GetTestClient(), time);
    }

    /// <summary>Posts a body signed as Slack would at <paramref name="timestamp"/> (default: the vector's).</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, string? timestamp = null)
    {
        timestamp ??= SignatureVector.Timestamp;
        return PostAsync(path, body, contentType, timestamp, SignatureVector.Sign(body, timestamp));
    }

    public async Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, string? timestamp, string? signature, int? retry = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (timestamp is not null)
        {
            request.Headers.Add(SlackSignatureVerifier.TimestampHeader, timestamp);
        }

        if (signature is not null)
        {
            request.Headers.Add(SlackSignatureVerifier.SignatureHeader, signature);
        }

        if (retry is not null)
        {
            request.Headers.Add(SlackEndpoints.RetryNumHeader, retry.Value.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add(SlackEndpoints.RetryReasonHeader, "http_timeout");
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
