using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using IncidentBot.Core.Time;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IncidentBot.Tests.Drills;

/// <summary>
/// What a drill's report may rest on: every value of the drill file and the alert payloads it sends (what people said,
/// what the monitoring and deploy systems sent, the roster, the configuration; never the file's comments), and the
/// incident's record (its key, title, severity, service, channel and the instants of its events). The bot's own
/// wording of events is not evidence: a report may not prove itself.
/// </summary>
internal sealed partial class ReportEvidence
{
    private readonly HashSet<string> _tokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _times = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dates = new(StringComparer.Ordinal);
    private readonly HashSet<string> _offsets = new(StringComparer.Ordinal);
    private readonly HashSet<int> _minutesApart = [];
    private readonly List<string> _said = [];

    public ReportEvidence(string drillFile, JsonElement incident, DisplayZone zone)
    {
        var values = DrillValues(drillFile).Concat(RecordValues(incident)).ToList();
        _said.AddRange(values);
        foreach (var value in values)
        {
            _tokens.UnionWith(Tokens(value));
            _times.UnionWith(Times(value));
            _minutesApart.UnionWith(ConfiguredMinutes(value));
        }

        var instants = Instants(incident).ToList();
        foreach (var instant in instants)
        {
            _times.Add(zone.FormatTime(instant));
            _dates.Add(zone.FormatDate(instant));
            var offset = zone.ToLocal(instant).Offset;
            _offsets.Add($"UTC{(offset < TimeSpan.Zero ? '-' : '+')}{offset:hh\\:mm}");
            _minutesApart.UnionWith(instants.Select(other => (int)Math.Abs((instant - other).TotalMinutes)));
        }

        Entries = incident.GetProperty("timeline").GetArrayLength();
    }

    /// <summary>How many events the record holds: no count in the report can be larger.</summary>
    public int Entries { get; }

    public bool HasToken(string token) => _tokens.Contains(token);

    public bool HasTime(string time) => _times.Contains(time);

    public bool HasDate(string date) => _dates.Contains(date);

    public bool HasDuration(int minutes) => _minutesApart.Contains(minutes);

    /// <summary>Whether the zone had <paramref name="offset"/> (<c>UTC+01:00</c>) at one of the recorded instants.</summary>
    public bool HasOffset(string offset) => _offsets.Contains(offset);

    /// <summary>Whether someone or something said <paramref name="words"/> (a quoted phrase, such as a due date's "by Friday").</summary>
    public bool Said(string words) => _said.Exists(value => value.Contains(words, StringComparison.OrdinalIgnoreCase));

    /// <summary>Letters-and-digits runs, inner dots, commas, hyphens and a trailing % kept: <c>v812</c>, <c>2023.06.1</c>, <c>12%</c>, <c>INC-1</c>.</summary>
    public static IEnumerable<string> Tokens(string text) => TokenMatches(text).Select(m => m.Value);

    public static MatchCollection TokenMatches(string text) => Token().Matches(text);

    /// <summary>Times of day as <c>HH:mm</c>.</summary>
    public static IEnumerable<string> Times(string text) => Time().Matches(text).Select(m =>
        string.Create(CultureInfo.InvariantCulture, $"{int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture):00}:{m.Groups["m"].Value}"));

    private static IEnumerable<string> DrillValues(string drillFile)
    {
        var scalars = Scalars(File.ReadAllText(drillFile)).ToList();
        var payloads = PayloadFiles().Matches(File.ReadAllText(drillFile))
            .SelectMany(m => Scalars(File.ReadAllText(Path.Combine(Path.GetDirectoryName(drillFile)!, m.Groups["file"].Value))));
        return scalars.Concat(payloads);
    }

    /// <summary>Every key and value of a YAML (or JSON) document, without its comments.</summary>
    private static IEnumerable<string> Scalars(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        while (parser.MoveNext())
        {
            if (parser.Current is Scalar scalar)
            {
                yield return scalar.Value;
            }
        }
    }

    private static IEnumerable<string> RecordValues(JsonElement incident) =>
        new[] { "key", "title", "severity", "service", "channel" }
            .Select(name => incident.GetProperty(name))
            .Where(value => value.ValueKind == JsonValueKind.String)
            .Select(value => value.GetString()!);

    private static IEnumerable<DateTimeOffset> Instants(JsonElement incident)
    {
        foreach (var property in incident.EnumerateObject().Where(p => p.Name.EndsWith("At", StringComparison.Ordinal) && p.Value.ValueKind == JsonValueKind.String))
        {
            yield return property.Value.GetDateTimeOffset();
        }

        foreach (var entry in incident.GetProperty("timeline").EnumerateArray())
        {
            yield return entry.GetProperty("at").GetDateTimeOffset();
        }
    }

    /// <summary>Durations the drill configures (<c>escalateAfter: 15m</c>, <c>takes: 2h</c>), in minutes.</summary>
    private static IEnumerable<int> ConfiguredMinutes(string value) => ConfiguredDuration().Matches(value).Select(m =>
        int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) * (m.Groups["unit"].Value == "h" ? 60 : 1));

    [GeneratedRegex(@"[\p{L}\p{Nd}](?:[\p{L}\p{Nd}.,-]*[\p{L}\p{Nd}])?%?", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    /// <summary>A time of day, <c>8:27</c> or <c>08:27</c>, not part of a longer <c>HH:mm:ss</c> or number.</summary>
    [GeneratedRegex(@"(?<![\d:])(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)(?!\d|:\d)", RegexOptions.CultureInvariant)]
    public static partial Regex Time();

    [GeneratedRegex(@"^(?<n>\d+)(?<unit>[mh])$", RegexOptions.CultureInvariant)]
    private static partial Regex ConfiguredDuration();

    [GeneratedRegex(@"\bfile:\s*""?(?<file>[^""\s,}]+)", RegexOptions.CultureInvariant)]
    private static partial Regex PayloadFiles();
}
