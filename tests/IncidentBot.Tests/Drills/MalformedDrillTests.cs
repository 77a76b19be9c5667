using IncidentBot.Drills;

namespace IncidentBot.Tests.Drills;

public sealed class MalformedDrillTests
{
    private const string Header = """
        name: broken
        timezone: "+01:00"
        date: 2023-06-01
        people:
          - { id: ada, name: Ada Mensah }
        oncall:
          escalateAfter: 5m
          levels:
            - [ada]
        steps:

        """;

    [Theory]
    [InlineData("  - at: \"10:00\"\n    sya: hello\n    by: ada\n", "step 1", "unknown key 'sya'")]
    [InlineData("  - at: \"25:00\"\n    say: hello\n    by: ada\n", "step 1", "'25:00'")]
    [InlineData("  - at: \"10:00\"\n    say: hello\n    by: bob\n", "step 1", "unknown person 'bob'")]
    [InlineData("  - at: \"10:00\"\n    say: a\n    by: ada\n  - at: \"09:00\"\n    say: b\n    by: ada\n", "step 2", "earlier than the previous step")]
    [InlineData("  - at: \"10:00\"\n    say: a\n    press: confirm\n    by: ada\n", "step 1", "exactly one action")]
    [InlineData("  - at: \"10:00\"\n    wait: soon\n", "step 1", "not a duration")]
    public void Parse_MalformedStep_FailsWithOneLineNamingTheStep(string steps, string step, string problem)
    {
        var error = Assert.Throws<DrillException>(() => DrillParser.Parse(Header + steps, AppContext.BaseDirectory));

        Assert.StartsWith(step, error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("schedules:\n  primary:\n    layers:\n      - { people: [bob], start: 2026-03-02 }\n", "schedules.primary.layers:0:People: 'bob' is not in People")]
    [InlineData("schedules:\n  primary:\n    layers:\n      - { people: [ada], rotation: fortnightly, start: 2026-03-02 }\n", "schedules.primary.layers:0:Rotation 'fortnightly' is not a rotation")]
    [InlineData("oncall:\n  levels:\n    - [schedule:primary]\n", "oncall.levels: 'schedule:primary' names no schedule")]
    public void Parse_MalformedSchedule_FailsWithOneLineNamingWhere(string section, string problem)
    {
        var yaml = "name: broken\ntimezone: Europe/Berlin\ndate: 2026-03-02\npeople:\n  - { id: ada, name: Ada Mensah }\n" + section + "steps: []\n";

        var error = Assert.Throws<DrillException>(() => DrillParser.Parse(yaml, AppContext.BaseDirectory));

        Assert.StartsWith(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task Run_PressWithoutMatchingButton_FailsNamingTheStepAndWritesNothing()
    {
        var folder = Directory.CreateTempSubdirectory("drill-test-");
        var drill = Path.Combine(folder.FullName, "press.yaml");
        await File.WriteAllTextAsync(drill, Header + "  - at: \"10:00\"\n    press: confirm\n    by: ada\n");
        var output = Path.Combine(folder.FullName, "out");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await DrillCli.RunAsync([drill, "--out", output], stdout, stderr);

        Assert.NotEqual(0, exit);
        Assert.Contains("step 1 (10:00, line 11): no 'confirm' button is visible to ada", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        folder.Delete(recursive: true);
    }

    [Fact]
    public void Parse_UnknownTopLevelKey_Fails()
    {
        var error = Assert.Throws<DrillException>(() => DrillParser.Parse("nme: x\n" + Header, AppContext.BaseDirectory));

        Assert.Contains("unknown key 'nme'", error.Message, StringComparison.Ordinal);
    }
}
