using static IncidentBot.Tests.OnCall.OnCallWorld;

namespace IncidentBot.Tests.OnCall;

/// <summary>
/// Someone coming on call while an incident waits for an acknowledgement at the schedule's level is paged at the
/// hand-off (Ada hands primary to Kofi on Monday 9 March 2026 at 09:00 Berlin, 08:00 UTC); once acknowledged, nobody is.
/// </summary>
public sealed class ShiftChangePageTests
{
    private static readonly DateTimeOffset HandOff = Utc("2026-03-09T08:00:00Z");

    [Fact]
    public async Task ShiftChange_WhileAnIncidentWaitsAtTheSchedulesLevel_PagesWhoCameOnCall_AndTellsTheChannel()
    {
        // Declared three minutes before the hand-off: Ada is paged, level 2 (Tom) is due at 08:02.
        await using var world = new OnCallWorld(HandOff.AddMinutes(-3));
        await world.DeclareAsync();

        await world.RunWithPlanningAsync(HandOff.AddMinutes(1));

        Assert.Equal(["ada", "kofi"], world.Paged());
        var incident = await world.IncidentAsync();
        Assert.Contains("Kofi came on call for primary: paged Kofi (level 1)", world.ChannelSays(incident));
        Assert.Equal(1, incident.State.PagedLevel);
        Assert.Equal(["ada", "kofi"], incident.State.LevelPeople);
        Assert.StartsWith("You acknowledged INC-1", await world.PressAsync("kofi", "Acknowledge"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShiftChange_AfterTheIncidentWasAcknowledged_PagesNobody()
    {
        await using var world = new OnCallWorld(HandOff.AddMinutes(-3));
        await world.DeclareAsync();
        await world.PressAsync("ada", "Acknowledge");

        await world.RunWithPlanningAsync(HandOff.AddMinutes(10));

        Assert.Equal(["ada"], world.Paged());
        Assert.Single(world.HandOffsTo("kofi"));
    }
}
