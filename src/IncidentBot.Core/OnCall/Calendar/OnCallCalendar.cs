using System.Text;
using IncidentBot.Core.Commands;

namespace IncidentBot.Core.OnCall.Calendar;

/// <summary>
/// <c>/incident oncall calendar</c>: the asker's own feed link and every schedule's, in the reply only the asker sees;
/// <c>calendar revoke</c> makes the asker's link unreadable at once and gives a new one; <c>calendar revoke
/// &lt;schedule&gt;</c> does so for a schedule's link, for managers only (<c>Managers</c>), since everyone subscribed to
/// it must then ask again.
/// </summary>
public sealed class OnCallCalendar(ICalendarLinks links, ICalendarLinkStore generations, OnCallRoster roster, IncidentSettings settings)
{
    public const string Usage = "`/incident oncall calendar` your calendar links (private); `/incident oncall calendar revoke [<schedule>]` replaces a link";

    private const string TeamsPlatform = "teams";

    private const string Subscribe =
        "Subscribe by URL: Google Calendar _Other calendars › From URL_, Outlook _Add calendar › Subscribe from web_, " +
        "Apple Calendar _File › New Calendar Subscription_. Whoever has a link reads that calendar: keep yours to yourself.";

    public async Task<string> AnswerAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!links.Served)
        {
            return "This bot serves no calendar feeds.";
        }

        // Slack and the local workspace show a command's answer to the asker only; Teams posts it in the conversation,
        // where a link would be everyone's. Until answers there can go 1:1, no link is given on Teams.
        if (context.User.Platform == TeamsPlatform)
        {
            return "On Teams the answer to a command is seen by the whole conversation, so calendar links are not given here yet.";
        }

        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words switch
        {
            [] => await ListAsync(context, cancellationToken).ConfigureAwait(false),
            ["revoke"] => await RevokeOwnAsync(context, cancellationToken).ConfigureAwait(false),
            ["revoke", var schedule] => await RevokeScheduleAsync(context, schedule, cancellationToken).ConfigureAwait(false),
            _ => $"Usage: {Usage}.",
        };
    }

    private async Task<string> ListAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var own = await links.LinkOfAsync(CalendarSubject.Person(context.Actor.Id), cancellationToken).ConfigureAwait(false);
        var text = new StringBuilder("*Your on-call calendars*\n• Your shifts on every schedule: ").Append(own.AbsoluteUri);
        foreach (var schedule in roster.Schedules)
        {
            var link = await links.LinkOfAsync(CalendarSubject.Schedule(schedule.Name), cancellationToken).ConfigureAwait(false);
            text.Append("\n• Everyone's shifts on ").Append(schedule.Name).Append(": ").Append(link.AbsoluteUri);
        }

        if (roster.Schedules.Count == 0)
        {
            text.Append("\nNo on-call schedules are configured (`OnCall:Schedules`), so your calendar stays empty.");
        }

        return text.Append('\n').Append(Subscribe)
            .Append("\nIf your link got out, `/incident oncall calendar revoke` stops it and gives you a new one.").ToString();
    }

    private async Task<string> RevokeOwnAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var subject = CalendarSubject.Person(context.Actor.Id);
        await generations.RevokeAsync(subject, cancellationToken).ConfigureAwait(false);
        var link = await links.LinkOfAsync(subject, cancellationToken).ConfigureAwait(false);
        return $"Your old calendar link no longer works. Your new one: {link.AbsoluteUri}\nSubscribe to it where you had the old one.";
    }

    private async Task<string> RevokeScheduleAsync(CommandContext context, string name, CancellationToken cancellationToken)
    {
        if (!settings.Managers.Contains(context.Actor.Id, StringComparer.Ordinal))
        {
            return "Only a manager (`Managers`) can revoke a schedule's calendar link: everyone subscribed to it has to subscribe again.";
        }

        if (roster.Find(name) is not { } schedule)
        {
            return $"There is no schedule '{name}'; the schedules are {(roster.Schedules.Count == 0 ? "none" : string.Join(", ", roster.Schedules.Select(s => s.Name)))}.";
        }

        var subject = CalendarSubject.Schedule(schedule.Name);
        await generations.RevokeAsync(subject, cancellationToken).ConfigureAwait(false);
        var link = await links.LinkOfAsync(subject, cancellationToken).ConfigureAwait(false);
        return $"The old calendar link of {schedule.Name} no longer works. The new one: {link.AbsoluteUri}\n" +
            "Whoever was subscribed gets it with `/incident oncall calendar`.";
    }
}
