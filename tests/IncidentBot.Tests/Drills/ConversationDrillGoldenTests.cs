namespace IncidentBot.Tests.Drills;

/// <summary>
/// The drills where every fact is said only in the conversation give exactly the reports checked in under
/// Drills/Golden, read and reviewed as a manager would read them; any change to what the report says shows as a diff.
/// </summary>
public sealed class ConversationDrillGoldenTests
{
    [Theory]
    [InlineData("said-in-conversation.yaml", "Europe/Stockholm", "said-in-conversation.md")]
    [InlineData("said-in-teams.yaml", "America/New_York", "said-in-teams.md")]
    public async Task ConversationDrill_Report_MatchesGoldenFile(string drill, string zone, string golden)
    {
        var result = await DrillResult.RunAsync(drill, zone);

        DrillGolden.AssertMatches(golden, result.Postmortem(1));
    }
}
