using IncidentBot.Core.People;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Storage;
using IncidentBot.Deploys;
using IncidentBot.Endpoints;
using IncidentBot.Local;
using IncidentBot.Tests.Host;
using IncidentBot.Tests.Slack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Tests.Rollbacks;

/// <summary>
/// Rollback out of the box: on the local platform a service with no webhook is rolled back by the simulated deploy
/// system, which says so and reports success once <c>Deploys:Simulated:Takes</c> has passed; on Slack it is refused
/// unless simulation is turned on.
/// </summary>
public sealed class SimulatedRollbackTests : IAsyncDisposable
{
    private static readonly TimeSpan Takes = TimeSpan.FromSeconds(5);

    private readonly FakeTimeProvider _time = new(TimeProvider.System.GetUtcNow());
    private readonly BotFactory _bot = new();

    [Fact]
    public async Task Rollback_LocalServiceWithoutWebhook_RunsSimulatedAndSucceedsOnceItsTimeHasPassed()
    {
        _bot.Settings["Deploys:Simulated:Takes"] = Takes.ToString();
        _bot.TestServices = services => services.AddSingleton<TimeProvider>(_time);
        _ = _bot.CreateClient();
        var ada = Service<IPeopleDirectory>().Find("ada")!;
        var recorded = await Service<ChangeRecorder>().RecordAsync(new ChangeRequest(null, "checkout", "2.0", "1.9", "ci", "release 2.0", null));
        Assert.True(recorded.Recorded);
        await _bot.User.SayAsync(ada, LocalWorkspace.IncidentsChannelId, "/incident declare Checkout down");
        var incident = await Eventually.ReachedAsync(() => Service<IIncidentStore>().GetAsync(1), i => i?.State.ChannelId is not null, "INC-1's channel");
        var channel = incident!.State.ChannelId!;

        var asked = await _bot.User.SayAsync(ada, channel, "/incident rollback checkout");
        Assert.Equal("Confirm or cancel the rollback of checkout from 2.0 to 1.9 in the channel.", asked.Reply);
        var prompt = _bot.Workspace.MessagesSeenBy(channel, ada.Id).Last(m => m.Buttons.Any(b => b.Label == "Confirm"));
        Assert.Contains("on the simulated deploy system (nothing is really deployed)", prompt.Text, StringComparison.Ordinal);
        await _bot.User.PressAsync(ada, "Confirm");
        var simulator = Service<DeploySimulator>();
        await Eventually.ReachedAsync(() => Task.FromResult(simulator.Running), running => running == 1, "the simulated rollback running");

        _time.Advance(Takes - TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, simulator.Running);
        Assert.Equal(RollbackStatus.Started, (await Service<IRollbackStore>().ListByIncidentAsync(1)).Single().Status);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        var rollback = await Eventually.ReachedAsync(
            async () => (await Service<IRollbackStore>().ListByIncidentAsync(1)).Single(), r => r.Status == RollbackStatus.Succeeded, "the rollback succeeded");
        Assert.Equal("1.9", rollback.ToVersion);
        // The rollback's record is saved before its outcome reaches the incident's timeline: wait for the timeline too.
        const string Succeeded = "Rollback of checkout from 2.0 to 1.9 succeeded: the simulated deploy system put checkout on 1.9; nothing is really deployed";
        var timeline = await Eventually.ReachedAsync(
            async () => (await Service<IIncidentStore>().GetAsync(1))!.Timeline.Select(e => e.Text).ToList(), t => t.Contains(Succeeded), "the success on the timeline");
        Assert.Contains("Rollback of checkout from 2.0 to 1.9 started on the simulated deploy system (nothing is really deployed)", timeline);
        var said = await Eventually.ReachedAsync(
            () => Task.FromResult(_bot.Workspace.MessagesSeenBy(channel, null).Select(m => m.Text).ToList()),
            t => t.Exists(m => m.StartsWith("*Rollback of checkout from 2.0 to 1.9 succeeded", StringComparison.Ordinal)), "the success in the channel");
        Assert.Contains(said, t => t.Equals("*Rolling back checkout from 2.0 to 1.9* (confirmed by Ada Mensah) on the simulated deploy system (nothing is really deployed).", StringComparison.Ordinal));
        Assert.Contains(said, t => t.StartsWith("*Rollback of checkout from 2.0 to 1.9 succeeded: the simulated deploy system", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "I can't roll back `checkout`: it is not a service I know (api).")]
    [InlineData("false", "I can't roll back `checkout`: it is not a service I know (api).")]
    [InlineData("true", "Confirm or cancel the rollback of checkout to 1.0 in the channel.")]
    public async Task Rollback_OnSlackServiceWithoutWebhook_IsSimulatedOnlyWhenEnabled(string? enabled, string reply)
    {
        await using var world = await SlackWorld.StartAsync(bot =>
        {
            if (enabled is not null)
            {
                bot.Settings["Deploys:Simulated:Enabled"] = enabled;
            }
        });
        await world.PostAlertAsync();
        var channel = await SlackWorld.SeenAsync(() => world.Slack.Channels.FirstOrDefault(c => c.Name.StartsWith("inc-1-", StringComparison.Ordinal) && c.Topic is not null), "the incident channel");
        await SlackWorld.SeenAsync(async () => (await world.KindsAsync()).Contains("channel-opened"), "the channel on the incident");

        Assert.Equal(reply, await world.CommandAsync("U0ADA", channel.Id, "rollback checkout to 1.0"));
    }

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    private T Service<T>()
        where T : notnull => _bot.Services.GetRequiredService<T>();
}
