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
        var slack = await DrillResult.RunAsync("seed-outage.yaml", "+01:00");
        var teams = await RunOnTeamsAsync("seed-outage.yaml");

        Assert.Equal(slack.Files["incidents.json"], teams["incidents.json"]);
        Assert.Equal(slack.Postmortem(1), teams["postmortem-1.md"]);
        var slackMessages = Payloads(slack.Files["messages-1.json"]);
        var teamsMessages = Payloads(teams["messages-1.json"]);
        Assert.Equal(slackMessages.Count, teamsMessages.Count);
        Assert.All(slackMessages, p => Assert.Equal(JsonValueKind.Array, p.ValueKind));
        Assert.All(teamsMessages, p => Assert.Equal("AdaptiveCard", p.GetProperty("type").GetString()));
        Assert.Equal("header", slackMessages[0][0].GetProperty("type").GetString());
        Assert.StartsWith("INC-1 · ", teamsMessages[0].GetProperty("body")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
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

    private static async Task<IReadOnlyDictionary<string, string>> RunOnTeamsAsync(string drillFile)
    {
        var folder = Directory.CreateTempSubdirectory("teams-drill-");
        try
        {
            var yaml = await File.ReadAllTextAsync(TestPayloads.Path("drills", drillFile));
            var teamsFile = Path.Combine(folder.FullName, drillFile);
            await File.WriteAllTextAsync(teamsFile, yaml.Replace("platform: slack", "platform: teams", StringComparison.Ordinal));
            return await DrillCli.RunFileAsync(teamsFile);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<JsonElement> Payloads(string messagesJson) =>
        [.. JsonDocument.Parse(messagesJson).RootElement.EnumerateArray().Select(m => m.GetProperty("payload").Clone())];
}
