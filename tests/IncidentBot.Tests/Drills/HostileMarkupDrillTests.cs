using IncidentBot.Drills;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Drills;

/// <summary>HTML, scripts and <c>javascript:</c> links typed into an incident reach the drill's files as text.</summary>
public sealed class HostileMarkupDrillTests
{
    [Theory]
    [InlineData("transcript-1.md")]
    [InlineData("postmortem-1.md")]
    public async Task HostileMarkupDrill_EveryFileShowsTheMarkupAsTextNeverAsMarkup(string file)
    {
        var files = await DrillCli.RunFileAsync(TestPayloads.Path("Fixtures", "drills", "hostile-markup.yaml"));

        var markdown = files[file];
        // Markup counts only when its opening character is not backslash-escaped.
        Assert.DoesNotMatch(@"(?<!\\)<\s*/?\s*(script|iframe|img|b)\b", markdown);
        Assert.DoesNotMatch(@"(?<!\\)\]\(\s*javascript:", markdown);
        Assert.Contains("\\<script\\>alert(1)\\</script\\>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileMarkupDrill_Transcript_KeepsEveryMessageAsTyped()
    {
        var files = await DrillCli.RunFileAsync(TestPayloads.Path("Fixtures", "drills", "hostile-markup.yaml"));

        var transcript = files["transcript-1.md"];
        Assert.Contains("\\<script\\>alert(document.cookie)\\</script\\>", transcript, StringComparison.Ordinal);
        Assert.Contains("\\<iframe src=javascript:alert(1)\\>\\</iframe\\>", transcript, StringComparison.Ordinal);
        Assert.Contains("\\[the dashboard\\](javascript:alert(1))", transcript, StringComparison.Ordinal);
        Assert.Contains("Ada \\<b\\>Mensah\\</b\\>", transcript, StringComparison.Ordinal);
    }
}
