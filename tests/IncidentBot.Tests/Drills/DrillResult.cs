using System.Globalization;
using System.Text.Json;
using IncidentBot.Core.Time;
using IncidentBot.Drills;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Drills;

/// <summary>A drill run through the real runner, with its output parsed for assertions.</summary>
public sealed class DrillResult
{
    private DrillResult(IReadOnlyDictionary<string, string> files, DisplayZone zone)
    {
        Files = files;
        Zone = zone;
        Incidents = JsonDocument.Parse(files["incidents.json"]).RootElement.EnumerateArray().ToList();
    }

    public IReadOnlyDictionary<string, string> Files { get; }

    public IReadOnlyList<JsonElement> Incidents { get; }

    public DisplayZone Zone { get; }

    public static async Task<DrillResult> RunAsync(string drillFile, string zone)
    {
        var files = await DrillCli.RunFileAsync(TestPayloads.Path("drills", drillFile));
        return new DrillResult(files, DisplayZone.Parse(zone));
    }

    public string Postmortem(int number) => Files[$"postmortem-{number.ToString(CultureInfo.InvariantCulture)}.md"];

    /// <summary>The timeline of an incident as "HH:mm kind" rows in the drill's zone.</summary>
    public List<string> Rows(int number) => Timeline(number)
        .Select(e => $"{Zone.FormatTime(e.GetProperty("at").GetDateTimeOffset())} {e.GetProperty("kind").GetString()}")
        .ToList();

    public List<JsonElement> Timeline(int number) => Incident(number).GetProperty("timeline").EnumerateArray().ToList();

    public JsonElement Incident(int number) => Incidents.Single(i => i.GetProperty("number").GetInt32() == number);

    public double? Metric(int number, string name) =>
        Incident(number).GetProperty("metrics").GetProperty(name) is { ValueKind: JsonValueKind.Number } value ? value.GetDouble() : null;
}
