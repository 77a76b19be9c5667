using IncidentBot.Slack.Testing;
using IncidentBot.Slack.WebApi;

using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Slack.Tests.WebApi;

/// <summary>
/// The Web API client as the host wires it (<see cref="SlackWebApiServiceCollectionExtensions.AddSlackWebApi"/>),
/// pointed at a fake Slack; both run on one <see cref="TestClock"/>.
/// </summary>
internal sealed class SlackApiHarness : IAsyncDisposable
{
    public const string BotToken = "xoxb-1-test-bot";
    public const string AppToken = "xapp-1-test-app";

    public static readonly TimeSpan PostInterval = TimeSpan.FromSeconds(1);

    private SlackApiHarness(TestClock clock, FakeSlackServer slack, ServiceProvider services)
    {
        Clock = clock;
        Slack = slack;
        Services = services;
    }

    public TestClock Clock { get; }

    public FakeSlackServer Slack { get; }

    public ServiceProvider Services { get; }

    public SlackApiClient Client => Services.GetRequiredService<SlackApiClient>();

    public static async Task<SlackApiHarness> StartAsync(Action<SlackOptions>? configure = null)
    {
        var clock = new TestClock();
        var slack = await FakeSlackServer.StartAsync(clock);
        slack.BotToken = BotToken;
        slack.AppToken = AppToken;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddOptions<SlackOptions>().Configure(options =>
        {
            options.ApiBaseUrl = slack.ApiBaseUrl;
            options.BotToken = BotToken;
            options.AppToken = AppToken;
            options.PostInterval = PostInterval;
            configure?.Invoke(options);
        });
        services.AddSlackWebApi();
        return new SlackApiHarness(clock, slack, services.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>
    /// Stops the fake first (dropping requests it holds), then the container. The resilience pipeline waits, on
    /// the test clock, for calls still running when it is disposed; a test that leaves one behind fails here
    /// rather than hanging.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await Slack.DisposeAsync();
        await Services.DisposeAsync().AsTask().WaitAsync(TestClock.Patience);
    }
}
