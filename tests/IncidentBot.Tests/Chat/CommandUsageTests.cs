using IncidentBot.Local;

namespace IncidentBot.Tests.Chat;

/// <summary>Commands typed in the wrong place or with the wrong words: a clear answer, and nothing changes.</summary>
public sealed class CommandUsageTests : IAsyncLifetime
{
    private readonly ChatBot _bot = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task Note_OutsideAnIncidentChannelWithNoIncident_SaysWhereItWorksAndHowToDeclare()
    {
        var reply = await _bot.SayChangingNothingAsync(_bot.Kofi, LocalWorkspace.IncidentsChannelId, "/incident note database looks fine");

        Assert.Equal(
            "`/incident note` works in an incident channel. There is no open incident; declare one with `/incident declare <title>`.",
            reply);
    }

    [Theory]
    [InlineData("/incident ack")]
    [InlineData("/incident note database looks fine")]
    [InlineData("/incident resolve")]
    public async Task IncidentCommand_OutsideItsChannel_NamesTheOpenIncidentChannelAndChangesNothing(string typed)
    {
        var channel = await _bot.DeclareAsync();
        var before = await _bot.SnapshotAsync(channel);

        var reply = await _bot.SayChangingNothingAsync(_bot.Kofi, LocalWorkspace.IncidentsChannelId, typed);

        var name = typed.Split(' ')[1];
        Assert.Equal($"`/incident {name}` works in an incident channel. Open incidents: INC-1 #inc-1-checkout-fails-for-every-customer", reply);
        Assert.Equal(before, await _bot.SnapshotAsync(channel));
    }

    [Theory]
    [InlineData("/incident note", "Usage: `/incident note <text>`")]
    [InlineData("/incident note    ", "Usage: `/incident note <text>`")]
    [InlineData("/incident rootcause", "Usage: `/incident rootcause <text>`")]
    [InlineData("/incident severity sev9", "Usage: `/incident severity <sev1|sev2|sev3|sev4>` (sev1 is the worst).")]
    [InlineData("/incident severity", "Usage: `/incident severity <sev1|sev2|sev3|sev4>` (sev1 is the worst).")]
    [InlineData("/incident lead @nobody", "I don't know who `@nobody` is. Usage: `/incident lead @user`")]
    [InlineData("/incident lead", "Usage: `/incident lead @user`")]
    [InlineData("/incident page 7", "There are 2 on-call levels; pick 1 to 2.")]
    [InlineData("/incident page 0", "There are 2 on-call levels; pick 1 to 2.")]
    [InlineData("/incident page @nobody", "I don't know who `@nobody` is. Usage: `/incident page @user|<level>`")]
    [InlineData("/incident rollback", "Usage: `/incident rollback <service> [to <version>]`")]
    [InlineData("/incident declare", "Usage: `/incident declare <title> [sev1|sev2|sev3|sev4]`")]
    [InlineData("/incident reopen", "INC-1 is not resolved, so there is nothing to reopen.")]
    public async Task Command_MalformedInIncidentChannel_AnswersUsageAndChangesNothing(string typed, string answer)
    {
        var channel = await _bot.DeclareAsync();

        var reply = await _bot.SayChangingNothingAsync(_bot.Kofi, channel, typed);

        Assert.Equal(answer, reply);
        var incident = await _bot.IncidentAsync();
        Assert.Equal("sev2", ChatBot.Text(incident, "severity"));
        Assert.Equal("triggered", ChatBot.Text(incident, "status"));
    }
}
