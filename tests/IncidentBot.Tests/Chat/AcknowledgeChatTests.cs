using IncidentBot.Local;

namespace IncidentBot.Tests.Chat;

/// <summary>Acknowledging once somebody has: the page's and the card's buttons, and the command after the incident moved on.</summary>
public sealed class AcknowledgeChatTests : IAsyncLifetime
{
    private readonly ChatBot _bot = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task Acknowledge_PageButtonAfterAckCommand_SaysWhoAlreadyAcknowledgedAndRecordsOnce()
    {
        var channel = await _bot.DeclareAsync();
        Assert.Equal("You acknowledged INC-1; escalation stopped.", await _bot.SayAsync(_bot.Ada, channel, "/incident ack 15m"));
        var before = await _bot.SnapshotAsync(channel);

        var reply = await _bot.PressAsync(_bot.Ada, "Acknowledge");

        Assert.NotNull(reply);
        Assert.StartsWith("INC-1 is already acknowledged by Ada Mensah at ", reply, StringComparison.Ordinal);
        Assert.Equal(before, await _bot.SnapshotAsync(channel));
        var acknowledged = Assert.Single(ChatBot.Entries(await _bot.IncidentAsync(), "acknowledged"));
        Assert.Equal("Acknowledged, ETA 15m", acknowledged.GetProperty("text").GetString());
        Assert.Equal("ada", acknowledged.GetProperty("by").GetString());
    }

    [Fact]
    public async Task Acknowledge_StaleCardButtonAfterThePageWasAcknowledged_SaysWhoAndChangesNothing()
    {
        var channel = await _bot.DeclareAsync();
        var cardButton = _bot.ButtonSeenBy(_bot.Kofi, "Acknowledge");
        Assert.Equal(channel, cardButton.Message.ChannelId);
        Assert.Equal(LocalWorkspace.DirectChannelId(_bot.Ada.Id), _bot.ButtonSeenBy(_bot.Ada, "Acknowledge").Message.ChannelId);
        Assert.Equal("You acknowledged INC-1; escalation stopped.", await _bot.PressAsync(_bot.Ada, "Acknowledge"));
        var before = await _bot.SnapshotAsync(channel);

        var reply = await _bot.PressSeenAsync(_bot.Kofi, cardButton);

        Assert.StartsWith("INC-1 is already acknowledged by Ada Mensah at ", reply, StringComparison.Ordinal);
        Assert.Equal(before, await _bot.SnapshotAsync(channel));
        Assert.Null(await _bot.PressAsync(_bot.Kofi, "Acknowledge"));
        var incident = await _bot.IncidentAsync();
        Assert.Single(ChatBot.Entries(incident, "acknowledged"));
        Assert.Equal("acknowledged", ChatBot.Text(incident, "status"));
    }

    [Fact]
    public async Task Acknowledge_AfterTheIncidentWasResolved_SaysResolvedAndWhoAcknowledged()
    {
        var channel = await _bot.DeclareAsync();
        await _bot.SayAsync(_bot.Kofi, channel, "/incident ack");
        await _bot.SayAsync(_bot.Ada, channel, "/incident resolve");

        var reply = await _bot.SayAsync(_bot.Ada, channel, "/incident ack");

        Assert.StartsWith("INC-1 is already resolved (acknowledged by Kofi", reply, StringComparison.Ordinal);
    }
}
