using IncidentBot.Core.Incidents;
using IncidentBot.Core.OnCall;
using IncidentBot.Local;
using static IncidentBot.Tests.OnCall.OnCallWorld;

namespace IncidentBot.Tests.OnCall;

/// <summary>
/// A level naming a schedule pages whoever is on call at that moment: at the hand-off minute, across a DST change,
/// during an override; a level with nobody on call is passed over at once and the channel is told.
/// </summary>
public sealed class SchedulePagingTests
{
    [Theory]
    [InlineData("2026-03-09T07:59:00Z", "ada")] // 08:59 in Berlin: Ada's week still
    [InlineData("2026-03-09T08:00:00Z", "kofi")] // 09:00, the hand-off minute: Kofi's week
    public async Task Declare_AtTheHandOffMinute_PagesWhoeverHoldsThatMinute(string at, string expected)
    {
        await using var world = new OnCallWorld(Utc(at));

        var incident = await world.DeclareAsync();

        Assert.Equal([expected], world.Paged());
        Assert.Equal([expected], incident.State.LevelPeople);
        Assert.Equal(1, incident.State.PagedLevel);
        Assert.Contains(incident.Timeline, e => e.Kind == TimelineKind.Paged && e.Text == $"Paged {world.Person(expected).Name} (level 1)");
    }

    [Theory]
    [InlineData("2026-03-30T06:59:00Z", "ada")] // 08:59 summer time on the Monday after the clocks went forward
    [InlineData("2026-03-30T07:00:00Z", "kofi")] // 09:00 summer time is 07:00 UTC, an hour earlier than the week before
    public async Task Declare_AfterTheSpringDstChange_HandsOffAt0900BerlinTime(string at, string expected)
    {
        await using var world = new OnCallWorld(Utc(at));

        await world.DeclareAsync();

        Assert.Equal([expected], world.Paged());
    }

    [Fact]
    public async Task Declare_DuringAnOverride_PagesTheOverride_AndAfterItTheRotationAgain()
    {
        await using var world = new OnCallWorld(Utc("2026-03-10T06:00:00Z"));
        await world.Service<IScheduleOverrideStore>().SaveAsync(
            new ScheduleOverride("o1", "primary", "lena", Utc("2026-03-10T00:00:00Z"), Utc("2026-03-10T12:00:00Z"), null, "kofi", Utc("2026-03-09T12:00:00Z")));

        await world.DeclareAsync();
        await world.PressAsync("lena", "Acknowledge");
        world.Time.SetUtcNow(Utc("2026-03-10T12:00:00Z"));
        await world.SayAsync("ada", LocalWorkspace.IncidentsChannelId, "/incident declare Search is slow");
        await world.Jobs.RunDueAsync(world.Time.GetUtcNow());

        Assert.Equal(["lena", "kofi"], world.Paged());
    }

    [Fact]
    public async Task Declare_NobodyOnCallForTheSchedule_PagesTheNextLevelAtOnce_AndTellsTheChannel()
    {
        // 03:12 in Berlin on 20 February: before the rotation's first turn, so primary has nobody.
        await using var world = new OnCallWorld(Utc("2026-02-20T02:12:00Z"));

        var incident = await world.DeclareAsync();

        Assert.Equal(["tom"], world.Paged());
        Assert.Equal(2, incident.State.PagedLevel);
        const string told = "Nobody is on call for primary (level 1) at 03:12; paged level 2: Tom";
        Assert.Contains(incident.Timeline, e => e.Kind == TimelineKind.Paged && e.Text == told);
        Assert.Contains($"*{told}.*", world.ChannelSays(incident));
        Assert.Equal([(1, 3, Utc("2026-02-20T02:17:00Z"))], world.Jobs.Escalations);
    }

    [Fact]
    public async Task Declare_NobodyOnCallAtAnyLevel_TellsTheChannelToPageByHand_AndStopsTheChain()
    {
        await using var world = new OnCallWorld(Utc("2026-02-20T02:12:00Z"), levels: [["schedule:primary"]]);

        var incident = await world.DeclareAsync();

        Assert.Empty(world.Paged());
        Assert.Contains(
            "*Nobody is on call for primary (level 1) at 03:12; nobody else is on call at any level. Page someone by hand with `/incident page @person`.*",
            world.ChannelSays(incident));
        Assert.Empty(world.Jobs.Escalations);
        Assert.Equal(IncidentStatus.Triggered, incident.Status);
    }

    [Fact]
    public async Task Escalation_ToAScheduleWithNobodyOnCall_GoesOnToTheLevelAfter()
    {
        // Level 2 is the weekend layer, which has nobody on a Tuesday.
        var weekends = new ScheduleLayer(
            "weekends", ["mara"], RotationLength.Weekly, new DateOnly(2026, 3, 2), TimeOnly.MinValue,
            new ShiftWindow(new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday }, TimeOnly.MinValue, TimeOnly.MinValue));
        await using var world = new OnCallWorld(
            Utc("2026-03-10T10:00:00Z"),
            levels: [["schedule:primary"], ["schedule:weekend"], ["tom"]],
            schedules: [new OnCallSchedule("primary", Berlin, [Weekly]), new OnCallSchedule("weekend", Berlin, [weekends])]);
        var incident = await world.DeclareAsync();

        await world.Jobs.RunDueAsync(Utc("2026-03-10T10:05:00Z"));

        incident = await world.IncidentAsync();
        Assert.Equal(["kofi", "tom"], world.Paged());
        Assert.Equal(3, incident.State.PagedLevel);
        Assert.Contains(
            "Nobody acknowledged within 5 minutes; nobody is on call for weekend (level 2) at 11:05; escalated to level 3: Tom",
            world.ChannelSays(incident));
    }

    [Fact]
    public async Task Acknowledge_ByTheSchedulesPerson_StopsTheEscalation()
    {
        await using var world = new OnCallWorld(Utc("2026-03-10T10:00:00Z"));
        await world.DeclareAsync();

        Assert.Equal("You acknowledged INC-1; escalation stopped.", await world.PressAsync("kofi", "Acknowledge"));
        await world.Jobs.RunDueAsync(Utc("2026-03-10T11:00:00Z"));

        Assert.Equal(["kofi"], world.Paged());
        Assert.Equal(IncidentStatus.Acknowledged, (await world.IncidentAsync()).Status);
    }

    [Fact]
    public async Task Escalation_NobodyAcknowledgesTheSchedulesPerson_PagesTheNextLevel_ThenSaysEveryLevelWasPaged()
    {
        await using var world = new OnCallWorld(Utc("2026-03-10T10:00:00Z"));
        var incident = await world.DeclareAsync();

        await world.Jobs.RunDueAsync(Utc("2026-03-10T10:10:00Z"));

        Assert.Equal(["kofi", "tom"], world.Paged());
        var says = world.ChannelSays(incident);
        Assert.Contains("Nobody acknowledged within 5 minutes; escalated to level 2: Tom", says);
        Assert.Contains(says, s => s.StartsWith("*Every on-call level has been paged", StringComparison.Ordinal));
    }
}
