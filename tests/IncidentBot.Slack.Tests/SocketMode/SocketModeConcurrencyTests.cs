using IncidentBot.Slack.SocketMode;
using IncidentBot.Slack.Testing;

namespace IncidentBot.Slack.Tests.SocketMode;

public sealed class SocketModeConcurrencyTests
{
    private static readonly string SlashCommand = SocketModeFixtures.Read("envelope_slash_commands.json");

    [Fact]
    public async Task SlowHandler_StillRunning_LaterEnvelopesAreHandledAndAcked()
    {
        await using var bot = await SocketModeHarness.StartAsync();
        await bot.ConnectedAsync(1);
        bot.Inbound.Hold();
        var slow = await bot.Slack.PushAsync(SlashCommand);
        await Poll.UntilAsync(() => bot.Inbound.Started == 1, "the slow handler to start");

        bot.Inbound.StopHolding();
        var quick = await bot.Slack.PushAsync(SocketModeFixtures.Read("envelope_events_api_message.json"));
        await bot.Slack.AckAsync(quick);

        Assert.Empty(bot.Slack.AcksFor(slow));
        bot.Inbound.Release();
        await bot.Slack.AckAsync(slow);
    }

    [Fact]
    public async Task ManyEnvelopes_AtOnce_RunNoMoreHandlersThanTheLimitAndAllAreAcked()
    {
        await using var bot = await SocketModeHarness.StartAsync(new SocketModeTuning { MaxConcurrentHandlers = 3 });
        await bot.ConnectedAsync(1);
        bot.Inbound.Hold();

        List<string> envelopeIds = [];
        for (var i = 0; i < 8; i++)
        {
            envelopeIds.Add(await bot.Slack.PushAsync(SlashCommand));
        }

        await Poll.UntilAsync(() => bot.Inbound.Started == 3, "three handlers to start");
        bot.Inbound.Release();
        await Poll.UntilAsync(() => envelopeIds.All(id => bot.Slack.AcksFor(id).Count == 1), "every envelope acked");

        Assert.Equal(8, bot.Inbound.Finished);
        Assert.Equal(3, bot.Inbound.MaxRunning);
    }
}
