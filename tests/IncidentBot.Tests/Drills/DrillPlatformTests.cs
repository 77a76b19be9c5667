using System.Text.Json;
using IncidentBot.Core.People;
using IncidentBot.Drills;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Drills;

/// <summary>A drill's platform decides how what people type is read and how the bot's messages are rendered, not what happens.</summary>
public sealed class DrillPlatformTests
{
    private static readonly PeopleDirectory People = new([new Person("tom", "Tom Weber"), new Person("ana", "Ana Costa")]);

    [Fact]
    public async Task SeedDrill_OnTeams_GivesTheSameIncidentsMetricsAndReportAsOnSlack_InAdaptiveCards()
    {
        var (slack, teams) = await RunOnBothAsync("seed-outage.yaml", "+01:00", "platform: slack", "platform: teams");

        var slackMessages = Payloads(slack.Files["messages-1.json"]);
        var teamsMessages = Payloads(teams["messages-1.json"]);
        Assert.Equal(slackMessages.Count, teamsMessages.Count);
        Assert.All(slackMessages, p => Assert.Equal(JsonValueKind.Array, p.ValueKind));
        Assert.All(teamsMessages, p => Assert.Equal("AdaptiveCard", p.GetProperty("type").GetString()));
        Assert.Equal("header", slackMessages[0][0].GetProperty("type").GetString());
        Assert.StartsWith("INC-1 · ", teamsMessages[0].GetProperty("body")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaidInTeamsDrill_OnSlack_GivesTheSameIncidentsAndReport_AndAsksInBlockKitWithTheSameButtons()
    {
        var (teams, slack) = await RunOnBothAsync("said-in-teams.yaml", "America/New_York", "platform: teams", "platform: slack");

        var teamsAsk = Assert.Single(Payloads(teams.Files["messages-1.json"]), p => p.TryGetProperty("actions", out _));
        var slackActions = Assert.Single(Payloads(slack["messages-1.json"]).SelectMany(p => p.EnumerateArray()), b => b.GetProperty("type").GetString() == "actions");
        const string Unanswered = "We should alert when replica lag goes above 10 seconds.";
        Assert.Contains(Unanswered, teamsAsk.GetProperty("body")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(Unanswered, slack["transcript-1.md"], StringComparison.Ordinal);
        string[] buttons = ["Confirm", "Drop"];
        Assert.Equal(buttons, teamsAsk.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(buttons, slackActions.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("text").GetProperty("text").GetString()));
    }

    [Theory]
    [InlineData("/incident lead @tom", "lead <@tom|Tom Weber>")]
    [InlineData("/incident note queue at 1,240 & rising <fast>", "note queue at 1,240 & rising <fast>")]
    [InlineData("/incident   ack  ", "ack")]
    public void Teams_CommandTypedAsAMentionOfTheBot_ReachesTheCoreAsTheSubcommand(string typed, string expected) =>
        Assert.Equal(expected, new TeamsDrillSurface().CommandOf(typed, People));

    [Theory]
    [InlineData("/incident lead @tom", "lead <@tom|Tom Weber>")]
    [InlineData("/incident note a <b> & c", "note a <b> & c")]
    public void Slack_CommandTypedAsTheSlashCommand_ReachesTheCoreAsTheSubcommand(string typed, string expected) =>
        Assert.Equal(expected, new SlackDrillSurface().CommandOf(typed, People));

    [Fact]
    public void Message_IsNoCommandOnEitherPlatform_AndReadsAsTyped()
    {
        const string typed = "The queue holds 1,240 jobs <since 07:00> & grows";

        Assert.Null(new TeamsDrillSurface().CommandOf(typed, People));
        Assert.Null(new SlackDrillSurface().CommandOf(typed, People));
        Assert.Equal(typed, new TeamsDrillSurface().MessageOf(typed));
        Assert.Equal(typed, new SlackDrillSurface().MessageOf(typed));
    }

    /// <summary>Runs the drill as it is and a copy on the other platform, and checks both gave the same incidents and report.</summary>
    private static async Task<(DrillResult Drill, IReadOnlyDictionary<string, string> Other)> RunOnBothAsync(
        string drillFile, string zone, string platform, string otherPlatform)
    {
        var drill = await DrillResult.RunAsync(drillFile, zone);
        var other = await RunOnAsync(drillFile, platform, otherPlatform);

        Assert.Equal(drill.Files["incidents.json"], other["incidents.json"]);
        Assert.Equal(drill.Postmortem(1), other["postmortem-1.md"]);
        return (drill, other);
    }

    /// <summary>Runs a copy of the drill with its platform line changed.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> RunOnAsync(string drillFile, string platform, string otherPlatform)
    {
        var folder = Directory.CreateTempSubdirectory("platform-drill-");
        try
        {
            var yaml = await File.ReadAllTextAsync(TestPayloads.Path("drills", drillFile));
            Assert.Contains(platform, yaml, StringComparison.Ordinal);
            var otherFile = Path.Combine(folder.FullName, drillFile);
            await File.WriteAllTextAsync(otherFile, yaml.Replace(platform, otherPlatform, StringComparison.Ordinal));
            return await DrillCli.RunFileAsync(otherFile);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<JsonElement> Payloads(string messagesJson) =>
        [.. JsonDocument.Parse(messagesJson).RootElement.EnumerateArray().Select(m => m.GetProperty("payload").Clone())];
}
