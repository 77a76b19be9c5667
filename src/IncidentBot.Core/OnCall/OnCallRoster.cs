namespace IncidentBot.Core.OnCall;

/// <summary>
/// Answers who is on call, from the configured schedules and the overrides kept in the store: for a level of the
/// escalation policy (<c>schedule:primary</c> becomes whoever primary has on call at that moment), and per schedule.
/// </summary>
public sealed class OnCallRoster(IncidentSettings settings, IScheduleOverrideStore overrides)
{
    public IReadOnlyList<OnCallSchedule> Schedules => settings.Schedules;

    public OnCallSchedule? Find(string name) =>
        settings.Schedules.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Who a 1-based level of the escalation policy pages at <paramref name="at"/>.</summary>
    public async Task<LevelOnCall> LevelAtAsync(int level, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var people = new List<string>();
        var empty = new List<string>();
        IReadOnlyList<ScheduleOverride>? made = null;
        foreach (var target in settings.Escalation.PeopleAt(level))
        {
            var personId = target;
            if (People.EscalationPolicy.ScheduleIn(target) is { } name)
            {
                made ??= await overrides.ListAsync(cancellationToken).ConfigureAwait(false);
                personId = Find(name)?.ShiftAt(at, made)?.PersonId;
                if (personId is null)
                {
                    empty.Add(name);
                    continue;
                }
            }

            if (!people.Contains(personId, StringComparer.Ordinal))
            {
                people.Add(personId);
            }
        }

        return new LevelOnCall(level, people, empty);
    }
}
