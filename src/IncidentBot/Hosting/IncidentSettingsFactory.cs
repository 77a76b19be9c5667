using IncidentBot.Configuration;
using IncidentBot.Core;
using IncidentBot.Core.Chat;
using IncidentBot.Core.OnCall;
using IncidentBot.Core.People;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Time;

namespace IncidentBot.Hosting;

/// <summary>Turns validated options into the core's settings and people directory.</summary>
public static class IncidentSettingsFactory
{
    public static IncidentSettings Create(BotOptions bot, RosterOptions roster, ChatChannels channels)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(channels);
        return new IncidentSettings
        {
            Escalation = new EscalationPolicy(roster.OnCall.EscalateAfter, roster.OnCall.Levels.Select(l => (IReadOnlyList<string>)l).ToList()),
            Zone = DisplayZone.Parse(bot.TimeZone),
            Schedules = Schedules(roster),
            HandOffNotice = roster.OnCall.HandOffNotice,
            Managers = roster.Managers,
            RollbackApprovers = roster.RollbackApprovers,
            SuspectChangeWindow = bot.SuspectChangeWindow,
            PinEmoji = bot.PinEmoji,
            UpdateReminderAfter = bot.UpdateReminderAfter,
            RollbackTimeout = bot.RollbackTimeout,
            IncidentsChannelId = channels.Incidents,
            ReportsChannelId = channels.Reports,
        };
    }

    /// <summary>The schedules of <c>OnCall:Schedules</c>; the validator has refused any that does not read.</summary>
    private static List<OnCallSchedule> Schedules(RosterOptions roster)
    {
        var ids = roster.People.Select(p => p.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var failures = new List<string>();
        var schedules = roster.OnCall.Schedules
            .Select(s => ScheduleReader.Read(s.Key, s.Value, ids, failures, $"OnCall:Schedules:{s.Key}"))
            .OfType<OnCallSchedule>()
            .ToList();
        return failures.Count == 0 ? schedules : throw new InvalidOperationException(string.Join(" ", failures));
    }

    public static PeopleDirectory People(RosterOptions roster, IGuestNameStore guestNames)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(guestNames);
        return new PeopleDirectory(roster.People.Select(p => new Person(p.Id, p.Name, p.Email, p.ChatIds)), guestNames.LoadAll());
    }
}
