using IncidentBot.Core.People;
using IncidentBot.Core.Time;
using YamlDotNet.RepresentationModel;

namespace IncidentBot.Drills;

/// <summary>Reads the one action of a drill step.</summary>
public static class DrillActionParser
{
    internal static readonly string[] Actions = ["change", "alert", "say", "press", "react", "override", "swap", "wait"];

    public static DrillAction Parse(YamlMap step, string where, string? by, PeopleDirectory people, string baseDirectory, DisplayZone zone, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(step);
        var present = step.Keys.Where(Actions.Contains).ToList();
        if (present.Count != 1)
        {
            throw new DrillException($"{where}: needs exactly one action of {string.Join(", ", Actions)} (found {(present.Count == 0 ? "none" : string.Join(", ", present))})");
        }

        var name = present[0];
        if (name is "say" or "press" or "react" or "override" or "swap" && by is null)
        {
            throw new DrillException($"{where}: '{name}' needs 'by'");
        }

        return name switch
        {
            "change" => ParseChange(step.Node(name)!, where, people),
            "alert" => ParseAlert(step.Node(name)!, where, baseDirectory),
            "say" => new SayAction(step.RequiredString(name)),
            "press" => new PressAction(step.RequiredString(name).Trim()),
            "react" => new ReactAction(step.RequiredString(name).Trim(':')),
            "override" => ParseOverride(step.Node(name)!, where, people, zone, date),
            "swap" => ParseSwap(step, where, people),
            _ => Durations.TryParse(step.RequiredString(name), out var duration)
                ? new WaitAction(duration)
                : throw new DrillException($"{where}: wait '{step.String(name)}' is not a duration like 20m"),
        };
    }

    private static OverrideAction ParseOverride(YamlNode node, string where, PeopleDirectory people, DisplayZone zone, DateOnly date)
    {
        var cover = new YamlMap(node, $"{where} override", "who", "from", "to", "schedule");
        var who = cover.RequiredString("who");
        DrillParser.RequirePerson(people, who, where);
        return new OverrideAction(
            who, DrillParser.ParseTime(cover.RequiredString("from"), zone, date, where), DrillParser.ParseTime(cover.RequiredString("to"), zone, date, where), cover.String("schedule"));
    }

    private static SwapAction ParseSwap(YamlMap step, string where, PeopleDirectory people)
    {
        var text = step.RequiredString("swap").Trim().TrimStart('@').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        DrillParser.RequirePerson(people, text[0], where);
        return text.Length switch
        {
            1 => new SwapAction(text[0], null),
            3 when text[1] == "on" => new SwapAction(text[0], text[2]),
            _ => throw new DrillException($"{where}: swap is '<person id>' or '<person id> on <schedule>'"),
        };
    }

    private static ChangeAction ParseChange(YamlNode node, string where, PeopleDirectory people)
    {
        var change = new YamlMap(node, $"{where} change", "service", "version", "previous", "by", "description");
        var by = change.String("by");
        if (by is not null)
        {
            DrillParser.RequirePerson(people, by, where);
        }

        return new ChangeAction(change.RequiredString("service"), change.RequiredString("version"), change.String("previous"), by, change.String("description"));
    }

    private static AlertAction ParseAlert(YamlNode node, string where, string baseDirectory)
    {
        var alert = new YamlMap(node, $"{where} alert", "source", "body", "file");
        var source = alert.RequiredString("source");
        var body = alert.Node("body");
        var file = alert.String("file");
        if ((body is null) == (file is null))
        {
            throw new DrillException($"{where}: an alert needs exactly one of 'body' or 'file'");
        }

        if (body is not null)
        {
            return new AlertAction(source, YamlJson.ToJson(body));
        }

        var path = Path.GetFullPath(Path.Combine(baseDirectory, file!));
        return File.Exists(path)
            ? new AlertAction(source, File.ReadAllBytes(path))
            : throw new DrillException($"{where}: alert file '{file}' does not exist");
    }
}
