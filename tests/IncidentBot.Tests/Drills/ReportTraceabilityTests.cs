using System.Globalization;
using System.Text.RegularExpressions;
using IncidentBot.Core.Time;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Drills;

/// <summary>
/// Every report of every drill says only what someone said or the record holds: no invented time, duration, number,
/// name or event, and every link leads to the message it quotes.
/// </summary>
public sealed partial class ReportTraceabilityTests
{
    public static TheoryData<string> Drills() =>
        [.. Directory.GetFiles(TestPayloads.Path("drills"), "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Drills))]
    public async Task EveryReport_OfEveryDrill_IsTraceableToWhatWasSaidOrRecorded(string drill)
    {
        var (result, traces) = await RunAsync(drill);

        Assert.NotEmpty(result.Incidents);
        foreach (var (number, trace) in traces)
        {
            var problems = trace.Untraceable(result.Postmortem(number));
            Assert.True(problems.Count == 0, $"{drill}, report {number}, cannot be traced: {string.Join("; ", problems)}");
        }
    }

    [Theory]
    [InlineData("Ada Mensah resolved the incident", "Ada Mensah and Bob Stone resolved the incident", "name or word Bob")]
    [InlineData("The impact lasted 22 minutes", "The impact lasted 4 hours", "duration 4 hours")]
    [InlineData("the rollback succeeded at 10:20", "the rollback succeeded at 10:19", "time 10:19")]
    [InlineData("clients cannot use the service.", "clients cannot use the service; 3,400 customers were affected.", "figure 3,400")]
    [InlineData("](transcript-1.md#m18)", "](transcript-1.md#m999)", "a message the transcript does not have")]
    [InlineData("[100% of traffic back online]", "[90% of traffic back online]", "the message does not hold 90%")]
    [InlineData("Nothing was said about it", "An unnamed source said it", "name or word An")]
    public async Task Trace_FindsWhatWasInvented(string original, string invented, string problem)
    {
        var (result, traces) = await RunAsync("seed-outage.yaml");
        var report = result.Postmortem(1);
        Assert.Contains(original, report, StringComparison.Ordinal);

        var problems = traces[1].Untraceable(report.Replace(original, invented, StringComparison.Ordinal));

        Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
    }

    private static async Task<(DrillResult Result, Dictionary<int, ReportTrace> Traces)> RunAsync(string drill)
    {
        var file = TestPayloads.Path("drills", drill);
        var zone = DisplayZone.Parse(Timezone().Match(await File.ReadAllTextAsync(file)) is { Success: true } m ? m.Groups["zone"].Value : "UTC");
        var result = await DrillResult.RunAsync(drill, zone.Label);
        var traces = result.Incidents.ToDictionary(
            incident => incident.GetProperty("number").GetInt32(),
            incident => new ReportTrace(
                new ReportEvidence(file, incident, zone),
                result.Files[string.Create(CultureInfo.InvariantCulture, $"transcript-{incident.GetProperty("number").GetInt32()}.md")],
                zone.Label));
        return (result, traces);
    }

    [GeneratedRegex(@"^timezone:\s*""?(?<zone>[^""#\s]+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Timezone();
}
