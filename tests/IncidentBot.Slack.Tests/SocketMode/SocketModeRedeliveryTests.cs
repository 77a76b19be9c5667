using System.Net.WebSockets;

using IncidentBot.Slack.Inbound;
using IncidentBot.Slack.Testing;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Slack.Tests.SocketMode;

public sealed class SocketModeRedeliveryTests
{
    private static readonly string SlashCommand = SocketModeFixtures.Read("envelope_slash_commands.json");

    [Fact]
    public async Task Drop_WhileTheHandlerRuns_RedeliveryWaitsForItAndIsAckedOnce()
    {
        await using var bot = await SocketModeHarness.StartAsync();
        var (first, envelopeId) = await HandlerRunningAsync(bot, SlashCommand);

        first.Drop();
        await bot.ConnectedAfterBackoffAsync(2);
        await Poll.UntilAsync(() => bot.Log.Has(LogLevel.Information, "repeats"), "the redelivery to arrive");
        bot.Inbound.Release();
        var ack = await bot.Slack.AckAsync(envelopeId);

        Assert.Equal(1, bot.Inbound.Started);
        Assert.Single(bot.Slack.AcksFor(envelopeId));
        Assert.Equal("Got it", ack["payload"]?["text"]?.GetValue<string>());
    }

    [Fact]
    public async Task Drop_AfterTheHandlerReturnedButBeforeTheAck_RedeliveryGetsTheSameAckWithoutHandlingAgain()
    {
        await using var bot = await SocketModeHarness.StartAsync();
        var (first, envelopeId) = await HandlerRunningAsync(bot, SlashCommand);

        first.Drop();
        await first.Ended.WaitAsync(Poll.Timeout);
        bot.Inbound.Release();
        await Poll.UntilAsync(() => bot.Inbound.Finished == 1, "the handler to return");
        await bot.ConnectedAfterBackoffAsync(2);
        var ack = await bot.Slack.AckAsync(envelopeId);

        Assert.Equal(1, bot.Inbound.Started);
        Assert.Equal("Got it", ack["payload"]?["text"]?.GetValue<string>());
    }

    [Fact]
    public async Task Drop_WithAnEventInFlight_RetryInANewEnvelopeIsHandledOnceAndAcked()
    {
        await using var bot = await SocketModeHarness.StartAsync();
        var (first, envelopeId) = await HandlerRunningAsync(bot, SocketModeFixtures.Read("envelope_events_api_app_mention.json"));

        first.Drop();
        await bot.ConnectedAfterBackoffAsync(2);
        await Poll.UntilAsync(() => bot.Log.Has(LogLevel.Information, "event:Ev111"), "the retry to arrive");
        bot.Inbound.Release();
        var ack = await bot.Slack.AckAsync(envelopeId);

        Assert.Single(bot.Inbound.Events);
        Assert.NotEqual(envelopeId, ack["envelope_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task EventRetry_SameEventIdInANewEnvelope_HandledOnceAndEachEnvelopeAcked()
    {
        await using var bot = await SocketModeHarness.StartAsync();
        await bot.ConnectedAsync(1);
        var eventJson = SocketModeFixtures.Read("envelope_events_api_message.json");

        var firstId = await bot.Slack.PushAsync(eventJson);
        await bot.Slack.AckAsync(firstId);
        var retryId = await bot.Slack.PushAsync(SocketModeFixtures.ReadWith("envelope_events_api_message.json", e => e["retry_attempt"] = 1));
        await bot.Slack.AckAsync(retryId);

        Assert.Single(bot.Inbound.Events);
    }

    [Fact]
    public async Task Handler_Fails_EnvelopeIsNotAckedAndItsRedeliveryIsHandled()
    {
        await using var bot = await SocketModeHarness.StartAsync();
        bot.Inbound.FailNext(1);
        await bot.ConnectedAsync(1);

        var envelopeId = await bot.Slack.PushAsync(SlashCommand);
        await Poll.UntilAsync(() => bot.Log.Has(LogLevel.Error, "not acknowledged"), "the failure");
        Assert.Empty(bot.Slack.AcksFor(envelopeId));
        await bot.Slack.PushAsync(SlashCommand, envelopeId);
        await bot.Slack.AckAsync(envelopeId);

        Assert.Equal(2, bot.Inbound.Started);
        Assert.Equal(1, bot.Inbound.Finished);
    }

    [Fact]
    public async Task RefreshRequested_WhileEnvelopesKeepComing_EachIsHandledOnceAndAckedOnce()
    {
        await using var bot = await SocketModeHarness.StartAsync();
        bot.Inbound.Latency = TimeSpan.FromMilliseconds(20);
        var first = await bot.ConnectedAsync(1);
        List<string> envelopeIds = [];

        for (var i = 0; i < 60; i++)
        {
            if (i == 20)
            {
                await first.SendDisconnectAsync("refresh_requested");
            }

            var text = $"note {i}";
            envelopeIds.Add(await bot.Slack.PushAsync(SocketModeFixtures.ReadWith("envelope_slash_commands.json", e => e["payload"]!["text"] = text)));
            await Task.Delay(5);
        }

        await Poll.UntilAsync(() => envelopeIds.All(id => bot.Slack.AcksFor(id).Count > 0), "every envelope acked");
        await first.Ended.WaitAsync(Poll.Timeout);

        Assert.All(envelopeIds, id => Assert.Single(bot.Slack.AcksFor(id)));
        Assert.Equal(Enumerable.Range(0, 60).Select(i => $"note {i}"), bot.Inbound.Commands.Select(c => c.Text).Order(new NoteOrder()));
        Assert.Equal(2, bot.Slack.ConnectionCount);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, first.ClosedByClientWith);
    }

    [Fact]
    public async Task Stop_WhileAHandlerRuns_AcksItBeforeClosing()
    {
        await using var bot = await SocketModeHarness.StartAsync();
        var (first, envelopeId) = await HandlerRunningAsync(bot, SlashCommand);

        var stopping = bot.Client.StopAsync(CancellationToken.None);
        bot.Inbound.Release();
        await stopping.WaitAsync(Poll.Timeout);

        Assert.Single(bot.Slack.AcksFor(envelopeId));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, first.ClosedByClientWith);
    }

    /// <summary>Connects, pushes the envelope and waits until its handler runs, held (answering "Got it" once released).</summary>
    private static async Task<(FakeSocketConnection First, string EnvelopeId)> HandlerRunningAsync(SocketModeHarness bot, string envelope)
    {
        bot.Inbound.CommandAck = SlackAck.Ephemeral("Got it");
        bot.Inbound.Hold();
        var first = await bot.ConnectedAsync(1);
        var envelopeId = await bot.Slack.PushAsync(envelope);
        await Poll.UntilAsync(() => bot.Inbound.Started == 1, "the handler to start");
        return (first, envelopeId);
    }

    private sealed class NoteOrder : IComparer<string>
    {
        public int Compare(string? x, string? y) => Number(x).CompareTo(Number(y));

        private static int Number(string? note) => int.Parse(note!["note ".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
