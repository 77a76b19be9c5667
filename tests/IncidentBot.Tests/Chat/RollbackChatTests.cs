using IncidentBot.Core.Rollbacks;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Chat;

/// <summary>
/// <c>/incident rollback</c> and its Confirm/Cancel prompt, as responders use them: wrong services, missing
/// versions, stale buttons, people who may not confirm, and one rollback per service at a time.
/// </summary>
public sealed class RollbackChatTests : IAsyncLifetime
{
    private const string Target = "api to 2023.05.4";

    private readonly ChatBot _bot = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Theory]
    [InlineData("/incident rollback payments to 1.2.3", "I can't roll back `payments`: it is not a service I know (api).")]
    [InlineData("/incident rollback api", "I have no recorded deploy of api to roll back from. Name the version: `/incident rollback api to <version>`.")]
    [InlineData("/incident rollback api please", "Usage: `/incident rollback <service> [to <version>]`")]
    public async Task Rollback_UnknownServiceOrNoVersionKnown_ExplainsAndRecordsNothing(string typed, string answer)
    {
        var channel = await _bot.DeclareAsync();

        var reply = await _bot.SayChangingNothingAsync(_bot.Ada, channel, typed);

        Assert.Equal(answer, reply);
        Assert.Empty(await _bot.RollbacksAsync());
    }

    [Fact]
    public async Task Rollback_WithVersion_ShowsConfirmAndCancelToEveryoneInTheChannel()
    {
        var channel = await _bot.DeclareAsync();

        var reply = await _bot.SayAsync(_bot.Ada, channel, "/incident rollback API to 2023.05.4");

        Assert.Equal($"Confirm or cancel the rollback of {Target} in the channel.", reply);
        var prompt = _bot.ButtonSeenBy(_bot.Kofi, "Confirm").Message;
        Assert.Equal(channel, prompt.ChannelId);
        Assert.Equal($"*Roll back api?* Ada Mensah asks to roll back {Target}.", prompt.Text);
        Assert.Equal(new[] { "Confirm", "Cancel" }, prompt.Buttons.Select(b => b.Label));
        var rollback = Assert.Single(await _bot.RollbacksAsync());
        Assert.Equal(RollbackStatus.Requested, rollback.Status);
        var requested = Assert.Single(ChatBot.Entries(await _bot.IncidentAsync(), "rollback-requested"));
        Assert.Equal($"Rollback of {Target} requested", requested.GetProperty("text").GetString());
    }

    [Fact]
    public async Task RollbackButton_OnTheCardOfAnAlertAfterADeploy_OffersThePreviousVersion()
    {
        await _bot.PostAsync("/changes", new { service = "api", version = "2023.06.1", previous = "2023.05.4", by = "kofi" }, BotFactory.ChangesToken);
        var startsAt = _bot.Service<TimeProvider>().GetUtcNow().AddMinutes(-2);
        await _bot.PostAsync("/alerts/generic", new { title = "api returns HTTP 500", id = "api-5xx", service = "api", startsAt }, BotFactory.AlertToken);
        var incident = await _bot.IncidentWithAsync("paged");
        Assert.Equal("api", ChatBot.Text(incident, "service"));

        var reply = await _bot.PressAsync(_bot.Kofi, "Rollback");

        Assert.Equal("Confirm or cancel the rollback of api from 2023.06.1 to 2023.05.4 in the channel.", reply);
        var prompt = _bot.ButtonSeenBy(_bot.Ada, "Confirm").Message;
        Assert.Equal("*Roll back api?* Kofi Boateng asks to roll back api from 2023.06.1 to 2023.05.4.", prompt.Text);
        var rollback = Assert.Single(await _bot.RollbacksAsync());
        Assert.Equal(("2023.06.1", "2023.05.4", RollbackStatus.Requested), (rollback.FromVersion, rollback.ToVersion, rollback.Status));
    }

    [Fact]
    public async Task Confirm_AfterTheIncidentWasResolved_LapsedNothingStartsAndTheServiceIsFreeAgain()
    {
        var channel = await _bot.DeclareAsync();
        await _bot.SayAsync(_bot.Ada, channel, $"/incident rollback {Target}");
        var confirm = _bot.ButtonSeenBy(_bot.Kofi, "Confirm");
        await _bot.SayAsync(_bot.Ada, channel, "/incident resolve");

        var reply = await _bot.PressSeenAsync(_bot.Kofi, confirm);

        Assert.Contains("was already cancelled", reply, StringComparison.Ordinal);
        Assert.Contains("lapsed: INC-1 was resolved", reply, StringComparison.Ordinal);
        Assert.Equal(RollbackStatus.Cancelled, Assert.Single(await _bot.RollbacksAsync()).Status);
        Assert.Empty(ChatBot.Entries(await _bot.IncidentAsync(), "rollback-started"));
        await _bot.SayAsync(_bot.Ada, channel, "/incident reopen");
        Assert.Equal($"Confirm or cancel the rollback of {Target} in the channel.", await _bot.SayAsync(_bot.Ada, channel, $"/incident rollback {Target}"));
    }

    [Fact]
    public async Task Confirm_AfterTheServiceWasDeployedAgain_LapsesInsteadOfRollingBackTheNewVersion()
    {
        await _bot.PostAsync("/changes", new { service = "api", version = "2023.06.1", previous = "2023.05.4" }, BotFactory.ChangesToken);
        var channel = await _bot.DeclareAsync();
        await _bot.SayAsync(_bot.Ada, channel, "/incident rollback api");
        await _bot.PostAsync("/changes", new { service = "api", version = "2023.06.2", previous = "2023.06.1" }, BotFactory.ChangesToken);

        var reply = await _bot.PressAsync(_bot.Kofi, "Confirm");

        Assert.StartsWith("This rollback of api from 2023.06.1 to 2023.05.4 has lapsed: api was deployed again since it was asked for (now 2023.06.2).", reply, StringComparison.Ordinal);
        Assert.Equal(RollbackStatus.Cancelled, Assert.Single(await _bot.RollbacksAsync()).Status);
        Assert.Empty(ChatBot.Entries(await _bot.IncidentAsync(), "rollback-started"));
    }

    [Fact]
    public async Task Confirm_PressedTwice_SecondSaysAlreadyConfirmedAndStartsOneRollback()
    {
        var channel = await _bot.DeclareAsync();
        await _bot.SayAsync(_bot.Ada, channel, $"/incident rollback {Target}");
        var confirm = _bot.ButtonSeenBy(_bot.Kofi, "Confirm");

        var first = await _bot.PressSeenAsync(_bot.Kofi, confirm);
        var second = await _bot.PressSeenAsync(_bot.Kofi, confirm);

        Assert.Equal($"Rollback of {Target} started.", first);
        Assert.StartsWith($"This rollback of {Target} was already confirmed by Kofi Boateng at ", second, StringComparison.Ordinal);
        Assert.EndsWith("; nothing changed.", second, StringComparison.Ordinal);
        Assert.Single(ChatBot.Entries(await _bot.IncidentAsync(), "rollback-started"));
        Assert.Equal(RollbackStatus.Started, Assert.Single(await _bot.RollbacksAsync()).Status);
        Assert.Null(await _bot.PressAsync(_bot.Ada, "Confirm"));
        var prompt = _bot.Workspace.MessagesSeenBy(channel, _bot.Ada.Id).Single(m => m.Id == confirm.Message.Id);
        Assert.Equal($"Rollback of {Target}: confirmed by Kofi Boateng.", prompt.Text);
        Assert.Empty(prompt.Buttons);
    }

    [Fact]
    public async Task Cancel_AfterConfirm_SaysAlreadyConfirmedAndTheRollbackGoesOn()
    {
        var channel = await _bot.DeclareAsync();
        await _bot.SayAsync(_bot.Ada, channel, $"/incident rollback {Target}");
        var cancel = _bot.ButtonSeenBy(_bot.Kofi, "Cancel");
        Assert.Equal($"Rollback of {Target} started.", await _bot.PressAsync(_bot.Ada, "Confirm"));
        var before = await _bot.SnapshotAsync(channel);

        var reply = await _bot.PressSeenAsync(_bot.Kofi, cancel);

        Assert.StartsWith($"This rollback of {Target} was already confirmed by Ada Mensah at ", reply, StringComparison.Ordinal);
        Assert.Equal(before, await _bot.SnapshotAsync(channel));
        Assert.Equal(RollbackStatus.Started, Assert.Single(await _bot.RollbacksAsync()).Status);
    }

    [Fact]
    public async Task Cancel_BeforeConfirm_ClosesThePromptWithoutTouchingTheTimeline()
    {
        var channel = await _bot.DeclareAsync();
        await _bot.SayAsync(_bot.Ada, channel, $"/incident rollback {Target}");
        var confirm = _bot.ButtonSeenBy(_bot.Kofi, "Confirm");
        var kinds = ChatBot.Kinds(await _bot.IncidentAsync());

        var cancelled = await _bot.PressAsync(_bot.Kofi, "Cancel");
        var confirmedLate = await _bot.PressSeenAsync(_bot.Ada, confirm);

        Assert.Equal("Rollback cancelled; nothing was changed.", cancelled);
        Assert.StartsWith($"This rollback of {Target} was already cancelled by Kofi Boateng at ", confirmedLate, StringComparison.Ordinal);
        Assert.Equal(RollbackStatus.Cancelled, Assert.Single(await _bot.RollbacksAsync()).Status);
        Assert.Equal(kinds, ChatBot.Kinds(await _bot.IncidentAsync()));
    }

    [Fact]
    public async Task Confirm_ByPersonNotInPeople_IsRefusedAndTheRollbackStaysRequested()
    {
        var channel = await _bot.DeclareAsync();
        await _bot.SayAsync(_bot.Ada, channel, $"/incident rollback {Target}");
        var before = await _bot.SnapshotAsync(channel);

        var reply = await _bot.PressAsync(_bot.Guest, "Confirm");

        Assert.Equal("You are not allowed to confirm rollbacks. Ask one of: anyone configured as a person of this bot.", reply);
        Assert.Equal(before, await _bot.SnapshotAsync(channel));
        Assert.Equal(RollbackStatus.Requested, Assert.Single(await _bot.RollbacksAsync()).Status);
        Assert.Empty(ChatBot.Entries(await _bot.IncidentAsync(), "rollback-started"));
    }

    [Fact]
    public async Task Rollback_SecondWhileOneIsRequested_IsRefusedNamingTheFirst()
    {
        var channel = await _bot.DeclareAsync();
        await _bot.SayAsync(_bot.Ada, channel, $"/incident rollback {Target}");

        var reply = await _bot.SayChangingNothingAsync(_bot.Kofi, channel, "/incident rollback api to 2023.05.1");

        Assert.Equal($"A rollback of api is already requested ({Target}, asked by Ada Mensah).", reply);
        Assert.Single(await _bot.RollbacksAsync());
        Assert.Single(ChatBot.Entries(await _bot.IncidentAsync(), "rollback-requested"));
    }
}
