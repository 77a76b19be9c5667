using System.Net.WebSockets;

using IncidentBot.Slack.Testing;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Slack.Tests.SocketMode;

public sealed class SocketModeDisconnectTests
{
    private static readonly string SlashCommand = SocketModeFixtures.Read("envelope_slash_commands.json");

    [Theory]
    [InlineData("warning")]
    [InlineData("refresh_requested")]
    public async Task Disconnect_AnnouncingTheEnd_OpensTheNextConnectionBeforeClosingTheOld(string reason)
    {
        await using var bot = await SocketModeHarness.StartAsync();
        var first = await bot.ConnectedAsync(1);

        await first.SendDisconnectAsync(reason);
        var second = await bot.ConnectedAsync(2);
        await first.Ended.WaitAsync(Poll.Timeout);

        Assert.Equal([1], second.OthersOpenAtAccept);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, first.ClosedByClientWith);
        var envelopeId = await bot.Slack.PushAsync(SlashCommand);
        await bot.Slack.AckAsync(envelopeId);
        Assert.True(second.IsOpen);
        Assert.Equal(1, second.AcksReceived);
    }

    [Fact]
    public async Task Disconnect_LinkDisabled_StopsWithAnErrorAndNeverReconnects()
    {
        await using var bot = await SocketModeHarness.StartAsync();
        var first = await bot.ConnectedAsync(1);

        await first.SendDisconnectAsync("link_disabled");
        await bot.Client.ExecuteTask!.WaitAsync(Poll.Timeout);
        await first.Ended.WaitAsync(Poll.Timeout);
        bot.Time.Advance(TimeSpan.FromHours(1));

        Assert.Single(bot.Connector.Calls);
        Assert.Equal(1, bot.Slack.ConnectionCount);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, first.ClosedByClientWith);
        Assert.True(bot.Log.Has(LogLevel.Error, "link_disabled"));
    }

    [Theory]
    [InlineData("too_many_websockets")]
    [InlineData("a_reason_slack_adds_later")]
    public async Task Disconnect_OtherReason_ClosesAndReconnectsAfterBackoff(string reason)
    {
        await using var bot = await SocketModeHarness.StartAsync();
        var first = await bot.ConnectedAsync(1);

        await first.SendDisconnectAsync(reason);
        await first.Ended.WaitAsync(Poll.Timeout);
        await bot.ConnectedAfterBackoffAsync(2);

        Assert.Equal(WebSocketCloseStatus.NormalClosure, first.ClosedByClientWith);
        var calls = bot.Connector.Calls;
        Assert.True(calls[1] - calls[0] >= bot.Tuning.Backoff.CeilingAfter(1) / 2, $"reconnected after {calls[1] - calls[0]}");
    }

    [Fact]
    public async Task Drop_RightAfterConnecting_ReconnectsAfterBackoff()
    {
        await using var bot = await SocketModeHarness.StartAsync();
        var first = await bot.ConnectedAsync(1);

        first.Drop();
        await bot.ConnectedAfterBackoffAsync(2);

        var calls = bot.Connector.Calls;
        Assert.True(calls[1] - calls[0] >= bot.Tuning.Backoff.CeilingAfter(1) / 2, $"reconnected after {calls[1] - calls[0]}");
    }

    [Fact]
    public async Task Drop_AfterTheConnectionWasStable_ReconnectsAtOnce()
    {
        await using var bot = await SocketModeHarness.StartAsync();
        var first = await bot.ConnectedAsync(1);
        bot.Time.Advance(bot.Tuning.StableAfter);

        first.Drop();
        await bot.ConnectedAsync(2);

        var calls = bot.Connector.Calls;
        Assert.Equal(bot.Tuning.StableAfter, calls[1] - calls[0]);
    }

    [Fact]
    public async Task Close_BySlackWithoutWarning_Reconnects()
    {
        await using var bot = await SocketModeHarness.StartAsync();
        var first = await bot.ConnectedAsync(1);

        await first.CloseAsync();
        await first.Ended.WaitAsync(Poll.Timeout);
        var second = await bot.ConnectedAfterBackoffAsync(2);

        var envelopeId = await bot.Slack.PushAsync(SlashCommand);
        await bot.Slack.AckAsync(envelopeId);
        Assert.Equal(1, second.AcksReceived);
    }

    [Fact]
    public async Task Stop_WhileConnected_ClosesWithAHandshake()
    {
        await using var bot = await SocketModeHarness.StartAsync();
        var first = await bot.ConnectedAsync(1);

        await bot.Client.StopAsync(CancellationToken.None);

        await first.Ended.WaitAsync(Poll.Timeout);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, first.ClosedByClientWith);
    }
}
