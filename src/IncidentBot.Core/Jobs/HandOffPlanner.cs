using IncidentBot.Core.OnCall;

namespace IncidentBot.Core.Jobs;

/// <summary>
/// Plans the hand-off messages and pages (<see cref="HandOffJob"/>) due soon: the host runs it at start and every
/// <see cref="Every"/>, and an override made in chat runs it at once. Each round schedules every message due within
/// <see cref="Ahead"/> (two rounds, so one late round loses nothing) that is not recorded as sent, and every one missed
/// by at most <see cref="LateLimit"/> (the bot was down), to run now. A message may be planned by several rounds; the job
/// sends it once. Nothing is planned further ahead, so a change to a schedule or its overrides needs no re-planning:
/// the next round sees it, and each job works out who to tell when it runs.
/// </summary>
public sealed class HandOffPlanner(IncidentSettings settings, IScheduleOverrideStore overrides, IHandOffLog log, IJobScheduler scheduler, TimeProvider time)
{
    /// <summary>How often the host plans.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    /// <summary>How far ahead of now a round plans messages.</summary>
    public static readonly TimeSpan Ahead = 2 * Every;

    /// <summary>How late a missed message is still sent; past this it is news nobody needs.</summary>
    public static readonly TimeSpan LateLimit = TimeSpan.FromHours(1);

    /// <summary>Schedules the hand-off messages due from <see cref="LateLimit"/> ago to <see cref="Ahead"/> from now; returns how many.</summary>
    public async Task<int> PlanAsync(CancellationToken cancellationToken = default)
    {
        if (settings.Schedules.Count == 0)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var made = await overrides.ListAsync(cancellationToken).ConfigureAwait(false);
        var planned = 0;
        foreach (var schedule in settings.Schedules)
        {
            foreach (var handOff in schedule.HandOffs(now - LateLimit, now + settings.HandOffNotice + Ahead, made))
            {
                foreach (var kind in KindsFor(schedule))
                {
                    var due = handOff.DueFor(kind, settings.HandOffNotice);
                    if (handOff.PersonFor(kind) is not { } personId || due > now + Ahead || due < now - LateLimit
                        || await log.WasSentAsync(SentHandOff.KeyOf(schedule.Name, handOff.At, kind, personId), cancellationToken).ConfigureAwait(false))
                    {
                        continue;
                    }

                    scheduler.ScheduleHandOff(schedule.Name, handOff.At, kind, due < now ? now : due);
                    planned++;
                }
            }
        }

        return planned;
    }

    /// <summary>Both messages; and the page of who comes on call when a level names the schedule.</summary>
    private HandOffKind[] KindsFor(OnCallSchedule schedule) => settings.Escalation.NamesSchedule(schedule.Name)
        ? [HandOffKind.Incoming, HandOffKind.Outgoing, HandOffKind.Page]
        : [HandOffKind.Incoming, HandOffKind.Outgoing];
}
