using IncidentBot.Core.Incidents;
using IncidentBot.Core.OnCall;
using IncidentBot.Local;
using static IncidentBot.Tests.OnCall.OnCallWorld;

namespace IncidentBot.Tests.OnCall;

/// <summary>
/// <c>/incident oncall</c> on the local platform, on Tuesday 10 March 2026 at 11:00 in Berlin (Kofi's week of the
/// primary rotation): who is on call, overrides in the forms people type, swaps, listing and removing, and the
/// timeline of the open incident they affect.
/// </summary>
public sealed class OnCallCommandTests : IAsyncLifetime
{
    private const string Incidents = LocalWorkspace.IncidentsChannelId;

    private readonly OnCallWorld _world = new(Utc("2026-03-10T10:00:00Z"));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _world.DisposeAsync().AsTask();

    [Fact]
    public async Task OnCall_ShowsWhoIsOnCallNowAndNext_InTheDisplayZone()
    {
        var reply = await _world.SayAsync("ada", Incidents, "/incident oncall");

        Assert.Equal(
            "*On call* (times in Europe/Berlin)\n• *primary*: now *Kofi* until Mon 16 Mar 09:00; next *Mara* Mon 16 Mar 09:00 – Mon 23 Mar 09:00",
            reply);
    }

    [Fact]
    public async Task Override_TodayToTomorrow_IsShownAsNext_AndPagesThatPersonDuringIt()
    {
        var reply = await _world.SayAsync("kofi", Incidents, "/incident oncall override @lena from today 18:00 to tomorrow 09:00");

        Assert.StartsWith("On call for primary: Lena is on call, Tue 10 Mar 18:00 – Wed 11 Mar 09:00 (made by Kofi). Override `o-", reply, StringComparison.Ordinal);
        Assert.Contains(
            "next *Lena* (override) Tue 10 Mar 18:00 – Wed 11 Mar 09:00",
            await _world.SayAsync("ada", Incidents, "/incident oncall"),
            StringComparison.Ordinal);
        _world.Time.SetUtcNow(Utc("2026-03-10T17:00:00Z")); // 18:00 in Berlin, the minute the override starts
        await _world.DeclareAsync();
        Assert.Equal(["lena"], _world.Paged());
    }

    [Theory]
    [InlineData("fri 18:00", "mon 09:00", "Fri 13 Mar 18:00 – Mon 16 Mar 09:00")]
    [InlineData("2026-12-24 09:00", "2026-12-27 09:00", "Thu 24 Dec 09:00 – Sun 27 Dec 09:00")]
    [InlineData("now", "13:30", "Tue 10 Mar 11:00 – Tue 10 Mar 13:30")]
    [InlineData("tue 12:00", "tue 18:00", "Tue 10 Mar 12:00 – Tue 10 Mar 18:00")]
    public async Task Override_TheFormsPeopleType_AreReadInTheDisplayZone(string from, string to, string expected)
    {
        var reply = await _world.SayAsync("ada", Incidents, $"/incident oncall override @tom from {from} to {to}");

        Assert.StartsWith($"On call for primary: Tom is on call, {expected} (made by Ada).", reply, StringComparison.Ordinal);
        Assert.Single(await _world.Service<IScheduleOverrideStore>().ListAsync());
    }

    [Theory]
    [InlineData("today 08:00", "today 12:00", "Tue 10 Mar 08:00 is in the past (it is Tue 10 Mar 11:00 Europe/Berlin now); start it `now` or later.")]
    [InlineData("tomorrow 09:00", "today 18:00", "The override would end (Tue 10 Mar 18:00) before it starts (Wed 11 Mar 09:00); give `from` the earlier time.")]
    [InlineData("today 18:00", "today 18:00", "The override would end (Tue 10 Mar 18:00) before it starts (Tue 10 Mar 18:00); give `from` the earlier time.")]
    [InlineData("yesterday 09:00", "today 18:00", "'yesterday 09:00' is not a time I can read; write `now`, `18:00`, `today 18:00`, `tomorrow 09:00`, `fri 18:00` or `2026-12-24 09:00`.")]
    public async Task Override_PastInvertedOrUnreadable_IsRefusedSayingWhy_AndKeepsNothing(string from, string to, string expected)
    {
        var reply = await _world.SayAsync("ada", Incidents, $"/incident oncall override @tom from {from} to {to}");

        Assert.Equal(expected, reply);
        Assert.Empty(await _world.Service<IScheduleOverrideStore>().ListAsync());
    }

    [Fact]
    public async Task Override_OfSomeoneUnknown_SaysSoAndKeepsNothing()
    {
        var reply = await _world.SayAsync("ada", Incidents, "/incident oncall override @ghost from now to 18:00");

        Assert.Contains("ghost", reply, StringComparison.Ordinal);
        Assert.Empty(await _world.Service<IScheduleOverrideStore>().ListAsync());
    }

    [Fact]
    public async Task Swap_TheCallersCurrentTurn_GoesToTheOtherPerson_AndThePageFollows()
    {
        var reply = await _world.SayAsync("kofi", Incidents, "/incident oncall swap @tom");

        Assert.StartsWith("On call for primary: Tom takes Kofi's turn, Tue 10 Mar 11:00 – Mon 16 Mar 09:00.", reply, StringComparison.Ordinal);
        await _world.DeclareAsync();
        Assert.Equal(["tom"], _world.Paged());
    }

    [Fact]
    public async Task Swap_SomeoneNotOnCallNow_GivesAwayTheirNextTurn()
    {
        var reply = await _world.SayAsync("mara", Incidents, "/incident oncall swap @ada");

        Assert.StartsWith("On call for primary: Ada takes Mara's turn, Mon 16 Mar 09:00 – Mon 23 Mar 09:00.", reply, StringComparison.Ordinal);
        Assert.Contains("next *Ada* (override) Mon 16 Mar 09:00 – Mon 23 Mar 09:00", await _world.SayAsync("ada", Incidents, "/incident oncall"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Swap_ByWhoHasNoTurn_SaysThereIsNothingToSwap()
    {
        Assert.Equal(
            "You have no turn on call in the next 35 days, so there is nothing to swap.",
            await _world.SayAsync("lena", Incidents, "/incident oncall swap @tom"));
    }

    [Fact]
    public async Task OverridesAndRemove_ListWithIds_AndRemovingOneRestoresTheRotation()
    {
        await _world.SayAsync("kofi", Incidents, "/incident oncall override @lena from now to today 18:00");
        var id = (await _world.Service<IScheduleOverrideStore>().ListAsync())[0].Id;

        var listed = await _world.SayAsync("ada", Incidents, "/incident oncall overrides");
        var removed = await _world.SayAsync("ada", Incidents, $"/incident oncall remove {id}");

        Assert.Contains($"• `{id}` primary: Lena is on call, Tue 10 Mar 11:00 – Tue 10 Mar 18:00 (made by Kofi)", listed, StringComparison.Ordinal);
        Assert.StartsWith($"Removed override `{id}`", removed, StringComparison.Ordinal);
        Assert.StartsWith("There are no overrides", await _world.SayAsync("ada", Incidents, "/incident oncall overrides"), StringComparison.Ordinal);
        Assert.Contains("now *Kofi* until", await _world.SayAsync("ada", Incidents, "/incident oncall"), StringComparison.Ordinal);
        Assert.Equal($"There is no override `{id}`; `/incident oncall overrides` lists them.", await _world.SayAsync("ada", Incidents, $"/incident oncall remove {id}"));
    }

    [Fact]
    public async Task Override_WhileAnIncidentIsOpen_GoesOnItsTimelineAndIntoItsChannel()
    {
        var incident = await _world.DeclareAsync();

        await _world.SayAsync("kofi", incident.State.ChannelId!, "/incident oncall override @lena from now to today 18:00");
        var id = (await _world.Service<IScheduleOverrideStore>().ListAsync())[0].Id;
        await _world.SayAsync("kofi", incident.State.ChannelId!, $"/incident oncall remove {id}");

        incident = await _world.IncidentAsync();
        var changes = incident.Timeline.Where(e => e.Kind == TimelineKind.OnCallChanged).Select(e => e.Text).ToList();
        Assert.Equal(
            [
                "On call for primary: Lena is on call, Tue 10 Mar 11:00 – Tue 10 Mar 18:00 (made by Kofi)",
                "Override removed by Kofi: primary: Lena is on call, Tue 10 Mar 11:00 – Tue 10 Mar 18:00 (made by Kofi)",
            ],
            changes);
        Assert.Subset(_world.ChannelSays(incident).ToHashSet(), changes.ToHashSet());
    }

    [Fact]
    public async Task OnCall_UnknownVerb_AnswersWithTheSubcommandsHelp()
    {
        var reply = await _world.SayAsync("ada", Incidents, "/incident oncall who");

        Assert.Contains("`/incident oncall swap @who [on <schedule>]`", reply, StringComparison.Ordinal);
    }
}
