using System.ComponentModel.DataAnnotations;
using IncidentBot.Core.People;
using Microsoft.Extensions.Options;

namespace IncidentBot.Configuration;

/// <summary>
/// Checks at start that every id the roster uses names a configured person, once, that every schedule a level names
/// is defined, and that each schedule reads (<see cref="ScheduleReader"/>).
/// </summary>
public sealed class RosterOptionsValidator : IValidateOptions<RosterOptions>
{
    public ValidateOptionsResult Validate(string? name, RosterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var person in options.People)
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(person, new ValidationContext(person), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(r => $"People '{person.Id}': {r.ErrorMessage}"));
            }
        }

        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        failures.AddRange(options.People.Where(p => !ids.Add(p.Id)).Select(p => $"People: '{p.Id}' is configured twice."));
        if (options.OnCall.EscalateAfter <= TimeSpan.Zero)
        {
            failures.Add("OnCall:EscalateAfter must be positive.");
        }

        for (var level = 0; level < options.OnCall.Levels.Count; level++)
        {
            if (options.OnCall.Levels[level].Count == 0)
            {
                failures.Add($"OnCall:Levels:{level} is empty.");
            }

            var entries = options.OnCall.Levels[level];
            failures.AddRange(Unknown(entries.Where(e => EscalationPolicy.ScheduleIn(e) is null), ids, $"OnCall:Levels:{level}"));
            failures.AddRange(entries.Select(EscalationPolicy.ScheduleIn).OfType<string>().Where(s => !options.OnCall.Schedules.ContainsKey(s)).Select(s =>
                $"OnCall:Levels:{level}: 'schedule:{s}' names no schedule (defined: {Names(options.OnCall.Schedules.Keys)}); define OnCall:Schedules:{s}, or use a defined name."));
        }

        var notice = options.OnCall.HandOffNotice;
        if (notice < TimeSpan.Zero)
        {
            failures.Add($"OnCall:HandOffNotice {notice} is negative; give how long before a hand-off the person coming on call is told, like 00:30:00 (or 00:00:00 for at the hand-off).");
        }

        foreach (var (scheduleName, schedule) in options.OnCall.Schedules)
        {
            var read = ScheduleReader.Read(scheduleName, schedule, ids, failures, $"OnCall:Schedules:{scheduleName}");
            if (read is { ShortestTurn: var shortest } && notice >= shortest)
            {
                failures.Add($"OnCall:HandOffNotice {notice} is not shorter than the shortest shift of OnCall:Schedules:{scheduleName} ({shortest}); "
                    + "a notice would come before the shift ahead of it began. Make it shorter.");
            }
        }

        failures.AddRange(Unknown(options.Managers, ids, "Managers"));
        failures.AddRange(Unknown(options.RollbackApprovers, ids, "RollbackApprovers"));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Names(IEnumerable<string> names) => string.Join(", ", names) is { Length: > 0 } list ? list : "none";

    private static IEnumerable<string> Unknown(IEnumerable<string> personIds, HashSet<string> known, string key) =>
        personIds.Where(id => !known.Contains(id)).Select(id =>
            $"{key}: '{id}' is not in People (configured: {string.Join(", ", known)}); add a person with Id '{id}' to People, or use a configured id.");
}
