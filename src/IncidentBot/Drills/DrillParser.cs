using System.Globalization;
using System.Text.RegularExpressions;
using IncidentBot.Core.OnCall;
using IncidentBot.Core.People;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Time;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IncidentBot.Drills;

/// <summary>
/// Reads and checks a drill file (drills/FORMAT.md) completely before anything runs: unknown keys, bad
/// times, unknown people, times going backwards and steps without exactly one action are errors naming the step.
/// </summary>
public static partial class DrillParser
{
    public static Drill Parse(string yaml, string baseDirectory)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new DrillException($"line {e.Start.Line}: not valid YAML: {e.Message}");
        }

        if (stream.Documents.Count != 1)
        {
            throw new DrillException("a drill file holds exactly one YAML document");
        }

        var root = new YamlMap(stream.Documents[0].RootNode, "drill", "name", "timezone", "date", "platform", "people", "schedules", "oncall", "managers", "services", "steps");
        var zoneText = root.RequiredString("timezone");
        if (!DisplayZone.TryParse(zoneText, out var zone))
        {
            throw new DrillException($"drill: timezone '{zoneText}' is neither an IANA zone nor an offset like +01:00");
        }

        var dateText = root.RequiredString("date");
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new DrillException($"drill: date '{dateText}' is not yyyy-MM-dd");
        }

        var platform = root.String("platform") ?? "slack";
        if (!DrillSurfaces.Names.Contains(platform))
        {
            throw new DrillException($"drill: platform '{platform}' is not slack or teams");
        }

        var people = root.Sequence("people").Select((node, i) => ParsePerson(node, i)).ToList();
        var directory = new PeopleDirectory(people);
        var schedules = root.Node("schedules") is { } scheduleNode ? DrillSchedules.Parse(scheduleNode, zoneText, people) : [];
        var onCall = ParseOnCall(root.Node("oncall"), directory, schedules);
        var managers = root.Node("managers") is { } managerNode ? root.Strings(managerNode, "managers") : [];
        foreach (var manager in managers)
        {
            RequirePerson(directory, manager, "managers");
        }

        var services = root.Sequence("services").Select((node, i) => ParseService(node, i)).ToList();
        var steps = ParseSteps(root.Sequence("steps"), zone, date, directory, baseDirectory);
        return new Drill(root.String("name") ?? "drill", zone, date, platform, people, onCall, managers, services, steps) { Schedules = schedules };
    }

    private static Person ParsePerson(YamlNode node, int index)
    {
        var map = new YamlMap(node, $"people[{index}]", "id", "name", "email");
        return new Person(map.RequiredString("id"), map.String("name") ?? map.RequiredString("id"), map.String("email"));
    }

    private static EscalationPolicy ParseOnCall(YamlNode? node, PeopleDirectory people, IReadOnlyList<OnCallSchedule> schedules)
    {
        if (node is null)
        {
            return new EscalationPolicy(TimeSpan.FromMinutes(5), []);
        }

        var map = new YamlMap(node, "oncall", "escalateAfter", "levels");
        var delayText = map.String("escalateAfter") ?? "5m";
        if (!Durations.TryParse(delayText, out var delay) || delay <= TimeSpan.Zero)
        {
            throw new DrillException($"oncall: escalateAfter '{delayText}' is not a duration like 15m");
        }

        var levels = map.Sequence("levels").Select((level, i) => map.Strings(level, $"levels[{i}]")).ToList();
        foreach (var id in levels.SelectMany(l => l))
        {
            if (EscalationPolicy.ScheduleIn(id) is not { } schedule)
            {
                RequirePerson(people, id, "oncall.levels");
            }
            else if (!schedules.Any(s => string.Equals(s.Name, schedule, StringComparison.OrdinalIgnoreCase)))
            {
                throw new DrillException($"oncall.levels: '{id}' names no schedule (defined under schedules: {string.Join(", ", schedules.Select(s => s.Name))})");
            }
        }

        return new EscalationPolicy(delay, levels);
    }

    private static DrillService ParseService(YamlNode node, int index)
    {
        var where = $"services[{index}]";
        var map = new YamlMap(node, where, "name", "rollback");
        var rollback = map.Node("rollback") is { } r ? new YamlMap(r, $"{where}.rollback", "takes", "outcome") : null;
        var takesText = rollback?.String("takes") ?? "1m";
        if (!Durations.TryParse(takesText, out var takes))
        {
            throw new DrillException($"{where}: rollback takes '{takesText}' is not a duration like 5m");
        }

        var outcome = (rollback?.String("outcome") ?? "succeeded") switch
        {
            "succeeded" => RollbackResult.Succeeded,
            "failed" => RollbackResult.Failed,
            var other => throw new DrillException($"{where}: rollback outcome '{other}' is not succeeded or failed"),
        };
        return new DrillService(map.RequiredString("name"), takes, outcome);
    }

    private static List<DrillStep> ParseSteps(IReadOnlyList<YamlNode> nodes, DisplayZone zone, DateOnly date, PeopleDirectory people, string baseDirectory)
    {
        var steps = new List<DrillStep>();
        var previous = DateTimeOffset.MinValue;
        for (var i = 0; i < nodes.Count; i++)
        {
            var line = (int)nodes[i].Start.Line;
            var where = $"step {i + 1} (line {line})";
            var map = new YamlMap(nodes[i], where, ["at", "by", "in", .. DrillActionParser.Actions]);
            var at = map.String("at") is { } atText ? ParseTime(atText, zone, date, where) : previous == DateTimeOffset.MinValue
                ? throw new DrillException($"{where}: the first step needs 'at'")
                : previous;
            if (at < previous)
            {
                throw new DrillException($"{where}: time {zone.FormatTime(at)} is earlier than the previous step ({zone.FormatTime(previous)})");
            }

            var by = map.String("by");
            if (by is not null)
            {
                RequirePerson(people, by, where);
            }

            int? incident = map.String("in") is { } inText
                ? int.TryParse(inText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : throw new DrillException($"{where}: 'in' must be an incident number")
                : null;
            var label = $"step {i + 1} ({zone.FormatTime(at)}, line {line})";
            var action = DrillActionParser.Parse(map, label, by, people, baseDirectory, zone, date);
            steps.Add(new DrillStep(i + 1, line, label, at, by, incident, action));
            previous = action is WaitAction wait ? at + wait.Duration : at;
        }

        return steps;
    }

    internal static DateTimeOffset ParseTime(string text, DisplayZone zone, DateOnly date, string where)
    {
        var match = TimePattern().Match(text.Trim());
        if (!match.Success)
        {
            throw new DrillException($"{where}: time '{text}' is not HH:mm (or +Nd HH:mm)");
        }

        var days = match.Groups["days"].Success ? int.Parse(match.Groups["days"].Value, CultureInfo.InvariantCulture) : 0;
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59)
        {
            throw new DrillException($"{where}: time '{text}' is not a time of day");
        }

        return zone.FromLocal(date.AddDays(days).ToDateTime(new TimeOnly(hour, minute)));
    }

    internal static void RequirePerson(PeopleDirectory people, string id, string where)
    {
        if (people.Find(id) is null)
        {
            throw new DrillException($"{where}: unknown person '{id}' (not in people)");
        }
    }

    [GeneratedRegex(@"^(?:\+(?<days>\d{1,2})d\s+)?(?<h>\d{1,2}):(?<m>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();
}
