using IncidentBot.Slack.Inbound;
using IncidentBot.Slack.SocketMode;
using IncidentBot.Slack.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IncidentBot.Slack.Tests.SocketMode;

public sealed class SocketModeServiceCollectionTests
{
    [Fact]
    public async Task AddSlackSocketMode_WithItsPorts_RunsTheClientAsAHostedServiceThatConnects()
    {
        await using var server = await FakeSlackServer.StartAsync();
        var slack = new FakeSocketMode(server);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<ISocketModeConnector>(new FakeSocketModeConnector(slack, TimeProvider.System))
            .AddScoped<ISlackInbound, ScriptedSlackInbound>()
            .AddSlackSocketMode();
        services.Configure<SlackOptions>(o => (o.BotToken, o.AppToken) = ("xoxb-test", "xapp-test"));
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        var hosted = Assert.IsType<SocketModeClient>(Assert.Single(provider.GetServices<IHostedService>()));
        await hosted.StartAsync(CancellationToken.None);
        var connection = await slack.ConnectionAsync(1);
        var envelopeId = await PushWhenReadyAsync(slack);
        await slack.AckAsync(envelopeId);
        await hosted.StopAsync(CancellationToken.None);

        await connection.Ended.WaitAsync(Poll.Timeout);
    }

    [Fact]
    public async Task Client_WithoutAppToken_NeverConnects()
    {
        var connector = new CountingConnector();
        await using var provider = new ServiceCollection().AddSingleton<ISlackInbound>(new ScriptedSlackInbound()).BuildServiceProvider();
        var options = Options.Create(new SlackOptions { BotToken = "xoxb-test", SigningSecret = "secret" });
        using var client = new SocketModeClient(options, connector, provider.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, new LogRecorder(), new SocketModeTuning());

        await client.StartAsync(CancellationToken.None);
        await client.ExecuteTask!.WaitAsync(Poll.Timeout);

        Assert.Equal(0, connector.Calls);
    }

    private static async Task<string> PushWhenReadyAsync(FakeSocketMode slack)
    {
        await Poll.UntilAsync(() => slack.Current is not null, "a connection to push to");
        return await slack.PushAsync(SocketModeFixtures.Read("envelope_slash_commands.json"));
    }

    private sealed class CountingConnector : ISocketModeConnector
    {
        public int Calls { get; private set; }

        public Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult(new Uri("ws://127.0.0.1:9/socket-mode"));
        }
    }
}
