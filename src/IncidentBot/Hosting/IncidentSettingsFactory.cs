using IncidentBot.Configuration;
using IncidentBot.Core;
using IncidentBot.Core.Chat;
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

    public static PeopleDirectory People(RosterOptions roster, IGuestNameStore guestNames)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(guestNames);
        return new PeopleDirectory(roster.People.Select(p => new Person(p.Id, p.Name, p.Email, p.ChatIds)), guestNames.LoadAll());
    }
}
