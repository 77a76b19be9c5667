using IncidentBot.Core.Jobs;
using IncidentBot.Core.OnCall;
using IncidentBot.Local;
using static IncidentBot.Tests.OnCall.OnCallWorld;

namespace IncidentBot.Tests.OnCall;

/// <summary>
/// Hand-offs of the weekly Berlin rotation (Ada hands to Kofi on Monday 9 March 2026 at 09:00, 08:00 UTC): Kofi is told
/// half an hour before with what is open, Ada at the hand-off; who is told is decided when the message goes out; and a
/// restart between the two loses nothing and repeats nothing.
/// </summary>
public sealed class HandOffMessageTests
{
    private static readonly DateTimeOffset HandOff = Utc("2026-03-09T08:00:00Z");

    [Fact]
    public async Task HandOff_TellsKofiHalfAnHourBefore_WithWhatIsOpen_AndAdaAtTheHandOff_WhomSheHandedTo()
    {
        await using var world = new OnCallWorld(Utc("2026-03-09T07:00:00Z"));
        var incident = await world.DeclareAsync();

        await world.RunWithPlanningAsync(HandOff.AddMinutes(-31));
        Assert.Empty(world.HandOffsTo("kofi"));
        await world.RunWithPlanningAsync(HandOff.AddMinutes(30));

        var kofi = Assert.Single(world.HandOffsTo("kofi"));
        Assert.Equal(HandOff.AddMinutes(-30), kofi.At);
        Assert.StartsWith("*You are on call for primary* from Mon 9 Mar 09:00 until Mon 16 Mar 09:00 (Europe/Berlin), taking over from Ada. Open incidents:\n• INC-1 (", kofi.Text, StringComparison.Ordinal);
        Assert.Contains($"triggered) {incident.State.Title} incidents.json", kofi.Text, StringComparison.Ordinal);
        var ada = Assert.Single(world.HandOffsTo("ada"));
        Assert.Equal(HandOff, ada.At);
        Assert.StartsWith("*Your primary shift ended* at Mon 9 Mar 09:00 (Europe/Berlin); handed over to Kofi. Open incidents:\n• INC-1 (", ada.Text, StringComparison.Ordinal);
        Assert.Empty(world.HandOffsTo("mara"));
    }

    [Fact]
    public async Task SwapMadeAfterTheNoticeWasPlanned_TellsWhoeverIsComingOnCallThen()
    {
        await using var world = new OnCallWorld(Utc("2026-03-09T07:25:00Z"));
        await world.Service<HandOffPlanner>().PlanAsync();
        Assert.Contains(world.Jobs.HandOffs, h => h.Kind == HandOffKind.Incoming && h.HandOffAt == HandOff);

        await world.SayAsync("kofi", LocalWorkspace.IncidentsChannelId, "/incident oncall swap @lena");
        await world.RunWithPlanningAsync(HandOff.AddMinutes(30));

        Assert.Empty(world.HandOffsTo("kofi"));
        Assert.StartsWith("*You are on call for primary* from Mon 9 Mar 09:00 until Mon 16 Mar 09:00 (Europe/Berlin), taking over from Ada. Open incidents: none.", Assert.Single(world.HandOffsTo("lena")).Text, StringComparison.Ordinal);
        Assert.StartsWith("*Your primary shift ended* at Mon 9 Mar 09:00 (Europe/Berlin); handed over to Lena.", Assert.Single(world.HandOffsTo("ada")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestartBetweenTheNoticeAndTheHandOff_LosesNothing_AndSendsNothingTwice()
    {
        await using var world = new OnCallWorld(Utc("2026-03-09T07:00:00Z"));
        await world.RunWithPlanningAsync(HandOff.AddMinutes(-15));
        Assert.Single(world.HandOffsTo("kofi"));
        Assert.Empty(world.HandOffsTo("ada"));

        await world.RestartAsync();
        await world.RunWithPlanningAsync(HandOff.AddMinutes(30));

        Assert.EndsWith("Open incidents: none.", Assert.Single(world.HandOffsTo("kofi")).Text, StringComparison.Ordinal);
        Assert.Equal(HandOff, Assert.Single(world.HandOffsTo("ada")).At);
        Assert.DoesNotContain(world.Jobs.HandOffs, h => h.Kind == HandOffKind.Incoming && h.HandOffAt == HandOff);
    }

    [Fact]
    public async Task HandOffJob_RunTwiceAtOnce_SendsOnce()
    {
        await using var world = new OnCallWorld(HandOff.AddMinutes(-30));

        await Task.WhenAll(
            world.Service<HandOffJob>().RunAsync("primary", HandOff, HandOffKind.Incoming),
            world.Service<HandOffJob>().RunAsync("primary", HandOff, HandOffKind.Incoming));
        await world.Service<HandOffJob>().RunAsync("primary", HandOff, HandOffKind.Incoming);

        Assert.Single(world.HandOffsTo("kofi"));
    }

    [Fact]
    public async Task SamePersonOnCallAcrossTheTurn_IsToldNothing()
    {
        // A one-person rotation: Kofi's turn ends every Monday at 09:00 and he begins the next at once.
        var alone = new OnCallSchedule("primary", Berlin, [new ScheduleLayer("weekly", ["kofi"], RotationLength.Weekly, new DateOnly(2026, 3, 2), new TimeOnly(9, 0))]);
        await using var world = new OnCallWorld(Utc("2026-03-09T07:00:00Z"), schedules: [alone]);

        await world.RunWithPlanningAsync(HandOff.AddMinutes(30));

        Assert.Empty(world.HandOffsTo("kofi"));
        Assert.Empty(world.Jobs.HandOffs);
    }
}
