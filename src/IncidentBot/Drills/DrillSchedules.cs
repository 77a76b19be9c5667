using IncidentBot.Configuration;
using IncidentBot.Core.OnCall;
using IncidentBot.Core.People;
using YamlDotNet.RepresentationModel;

namespace IncidentBot.Drills;

/// <summary>
/// Reads a drill's <c>schedules:</c> (drills/FORMAT.md) into the same options the bot's configuration binds, and
/// checks them with the same reader, so a drill's schedule means what the bot's would.
/// </summary>
public static class DrillSchedules
{
    public static IReadOnlyList<OnCallSchedule> Parse(YamlNode node, string drillZone, IReadOnlyList<Person> people)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(people);
        var map = node as YamlMappingNode ?? throw new DrillException("schedules: expected a mapping of schedule names");
        var ids = people.Select(p => p.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var schedules = new List<OnCallSchedule>();
        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            var where = $"schedules.{name}";
            var schedule = new YamlMap(value, where, "zone", "layers");
            var options = new ScheduleOptions
            {
                Zone = schedule.String("zone") ?? drillZone,
                Layers = [.. schedule.Sequence("layers").Select((layer, i) => Layer(schedule, layer, $"{where}.layers[{i}]"))],
            };
            var failures = new List<string>();
            schedules.Add(ScheduleReader.Read(name, options, ids, failures, where)
                ?? throw new DrillException(failures[0].Replace(":Layers:", ".layers:", StringComparison.Ordinal)));
        }

        return schedules;
    }

    private static ScheduleLayerOptions Layer(YamlMap schedule, YamlNode node, string where)
    {
        var layer = new YamlMap(node, where, "name", "people", "rotation", "start", "handOff", "days", "from", "to");
        return new ScheduleLayerOptions
        {
            Name = layer.String("name"),
            People = layer.Node("people") is { } people ? [.. schedule.Strings(people, $"{where}.people")] : [],
            Rotation = layer.String("rotation") ?? "weekly",
            Start = layer.RequiredString("start"),
            HandOff = layer.String("handOff") ?? "09:00",
            Days = layer.Node("days") is { } days ? [.. schedule.Strings(days, $"{where}.days")] : [],
            From = layer.String("from"),
            To = layer.String("to"),
        };
    }
}
