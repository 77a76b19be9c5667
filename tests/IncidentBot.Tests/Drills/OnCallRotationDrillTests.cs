namespace IncidentBot.Tests.Drills;

/// <summary>
/// drills/oncall-rotation.yaml: a daily Berlin rotation across the night the clocks go forward, with a hand-off minute,
/// an override and a swap; each incident pages whoever was on call at its minute.
/// </summary>
public sealed class OnCallRotationDrillTests
{
    [Fact]
    public async Task OnCallRotationDrill_PagesWhoeverIsOnCallAtEachMinute()
    {
        var result = await DrillResult.RunAsync("oncall-rotation.yaml", "Europe/Berlin");

        var pages = Enumerable.Range(1, 6).Select(n => result.Timeline(n).First(e => e.GetProperty("kind").GetString() == "paged"))
            .Select(e => $"{e.GetProperty("at").GetDateTimeOffset().UtcDateTime:yyyy-MM-dd HH:mm}Z {e.GetProperty("text").GetString()}")
            .ToList();

        Assert.Equal(
            [
                "2026-03-28 07:59Z Paged Ada Mensah (level 1)", // 08:59 CET, before Saturday's hand-off
                "2026-03-28 08:00Z Paged Kofi Boateng (level 1)", // 09:00 CET, the hand-off minute
                "2026-03-29 06:29Z Paged Kofi Boateng (level 1)", // 08:29 CEST: Kofi's turn lasts 23 hours across the change
                "2026-03-29 06:30Z Paged Lena Vogel (level 1)", // Lena's override, 08:30–09:00
                "2026-03-29 07:00Z Paged Mara Schulz (level 1)", // 09:00 CEST, an hour earlier in UTC than the day before
                "2026-03-29 08:00Z Paged Ada Mensah (level 1)", // Mara swapped her turn to Ada
            ],
            pages);
        Assert.All(Enumerable.Range(1, 6), n => Assert.DoesNotContain(result.Rows(n), r => r.EndsWith("escalated", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OnCallRotationDrill_TheOverrideAndTheSwapGoOnTheOpenIncidentsTimelines()
    {
        var result = await DrillResult.RunAsync("oncall-rotation.yaml", "Europe/Berlin");

        var changes = result.Timeline(5).Where(e => e.GetProperty("kind").GetString() == "on-call-changed").Select(e => e.GetProperty("text").GetString()).ToList();
        Assert.Equal(["On call for primary: Ada Mensah takes Mara Schulz's turn, Sun 29 Mar 09:05 – Mon 30 Mar 09:00"], changes);
        Assert.Contains(
            "On call for primary: Lena Vogel is on call, Sun 29 Mar 08:30 – Sun 29 Mar 09:00 (made by Kofi Boateng)",
            result.Timeline(1).Select(e => e.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task OnCallRotationDrill_TellsEachHandOff_TheIncomingBeforeAndTheOutgoingAt_InBerlinTimeAcrossTheChange()
    {
        var result = await DrillResult.RunAsync("oncall-rotation.yaml", "Europe/Berlin");

        var handOffs = result.Files["direct-messages.md"].Split("\n\n")
            .Select(b => b.Split('\n'))
            .Where(l => l.Length > 1 && (l[1].StartsWith("\\*You are on call", StringComparison.Ordinal) || l[1].StartsWith("\\*Your primary shift ended", StringComparison.Ordinal)))
            .Select(l => $"{l[0]} {l[1][..l[1].IndexOf(" Open incidents", StringComparison.Ordinal)]}")
            .ToList();

        Assert.Equal(
            [
                // Told when the drill starts, half an hour late: the bot was not running at 08:30.
                "**Sat 28 Mar 08:59 → Kofi Boateng** \\*You are on call for primary\\* from Sat 28 Mar 09:00 until Sun 29 Mar 09:00 (Europe/Berlin), taking over from Ada Mensah.",
                "**Sat 28 Mar 09:00 → Ada Mensah** \\*Your primary shift ended\\* at Sat 28 Mar 09:00 (Europe/Berlin); handed over to Kofi Boateng.",
                "**Sun 29 Mar 08:00 → Lena Vogel** \\*You are on call for primary\\* from Sun 29 Mar 08:30 until Sun 29 Mar 09:00 (Europe/Berlin), taking over from Kofi Boateng.",
                "**Sun 29 Mar 08:30 → Kofi Boateng** \\*Your primary shift ended\\* at Sun 29 Mar 08:30 (Europe/Berlin); handed over to Lena Vogel.",
                "**Sun 29 Mar 08:30 → Mara Schulz** \\*You are on call for primary\\* from Sun 29 Mar 09:00 until Mon 30 Mar 09:00 (Europe/Berlin), taking over from Lena Vogel.",
                "**Sun 29 Mar 09:00 → Lena Vogel** \\*Your primary shift ended\\* at Sun 29 Mar 09:00 (Europe/Berlin); handed over to Mara Schulz.",
                // The swap at 09:05 is a hand-off at once; Ada's turn goes on into Monday's, which is hers too.
                "**Sun 29 Mar 09:05 → Ada Mensah** \\*You are on call for primary\\* from Sun 29 Mar 09:05 until Tue 31 Mar 09:00 (Europe/Berlin), taking over from Mara Schulz.",
                "**Sun 29 Mar 09:05 → Mara Schulz** \\*Your primary shift ended\\* at Sun 29 Mar 09:05 (Europe/Berlin); handed over to Ada Mensah.",
            ],
            handOffs);
        Assert.Contains(
            "handed over to Mara Schulz. Open incidents:\n• INC-1 (sev1, acknowledged) checkout 5xx above 2% incidents.json\n• INC-2 (sev3, acknowledged) search p99 above 2s incidents.json\n"
            + "• INC-3 (sev1, acknowledged) payments timeouts incidents.json\n• INC-4 (sev1, acknowledged) login errors above 1% incidents.json\n",
            result.Files["direct-messages.md"],
            StringComparison.Ordinal);
    }
}
