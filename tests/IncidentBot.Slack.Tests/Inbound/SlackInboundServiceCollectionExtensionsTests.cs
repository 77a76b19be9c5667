using IncidentBot.Core;
using IncidentBot.Core.Commands;
using IncidentBot.Core.People;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Commands;
using IncidentBot.Core.Workflow;
using IncidentBot.Slack.Inbound;
using IncidentBot.Slack.Outbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary><c>AddSlackInbound</c> over the core's routers and transcript and the Slack ports resolves the whole inbound side.</summary>
public sealed class SlackInboundServiceCollectionExtensionsTests
{
    [Fact]
    public void AddSlackInbound_WithTheCoreAndSlackPorts_ResolvesHandlerVerifierAndResponder()
    {
        var bot = new FakeSlackBot();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IncidentLocks>()
            .AddSingleton<CommandRouter>()
            .AddSingleton<ButtonRouter>()
            .AddSingleton<TranscriptCapture>()
            .AddSingleton<ChatActors>()
            .AddSingleton<IGuestNameStore, InMemoryGuestNameStore>()
            .AddSingleton<IIncidentStore, InMemoryIncidentStore>()
            .AddSingleton<ITranscriptStore, InMemoryTranscriptStore>()
            .AddSingleton<IInboxStore, InMemoryInboxStore>()
            .AddSingleton<IPeopleDirectory>(new PeopleDirectory([]))
            .AddSingleton(new IncidentSettings { Escalation = new EscalationPolicy(TimeSpan.FromMinutes(5), []) })
            .AddSingleton<ISlackBotIdentity>(bot)
            .AddSingleton<ISlackMessageMap>(bot)
            .AddSingleton<ISlackEphemeral>(new RecordingEphemeral())
            .AddSingleton<ISlackMessageEditor>(new RecordingEditor())
            .AddSlackInbound();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        Assert.IsType<SlackInboundHandler>(provider.GetRequiredService<ISlackInbound>());
        Assert.IsType<SlackResponseUrlClient>(provider.GetRequiredService<ISlackResponder>());
        Assert.NotNull(provider.GetRequiredService<SlackSignatureVerifier>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task AddSlackInbound_ReplyToAResponseUrl_LogsNothingOfTheAddress()
    {
        var log = new RecordingLoggerProvider();
        var http = new StubHttpHandler();
        var services = new ServiceCollection().AddLogging(logging => logging.AddProvider(log).SetMinimumLevel(LogLevel.Trace)).AddSlackInbound();
        services.AddHttpClient(SlackResponseUrlClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => http);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<SlackResponseUrlClient>().RespondAsync(new Uri("https://hooks.slack.com/actions/T111/111/secret-part"), "done");

        Assert.Single(http.Requests);
        Assert.DoesNotContain(log.Logger.Entries, e => e.Message.Contains("secret-part", StringComparison.Ordinal));
    }

    private sealed class RecordingLoggerProvider : ILoggerProvider
    {
        public RecordingLogger<RecordingLoggerProvider> Logger { get; } = new();

        public ILogger CreateLogger(string categoryName) => Logger;

        public void Dispose()
        {
        }
    }
}
