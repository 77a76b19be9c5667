using System.Text.RegularExpressions;
using IncidentBot.Core.Chat;
using IncidentBot.Core.OnCall;
using IncidentBot.Core.OnCall.Calendar;
using IncidentBot.Core.People;
using IncidentBot.Core.Time;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Commands;

/// <summary>
/// <c>/incident oncall</c>: who is on call now and next per schedule; <c>override @who from … to …</c> puts someone on
/// call for a while; <c>swap @who</c> gives the caller's current or next turn to someone; <c>overrides</c> lists them
/// and <c>remove &lt;id&gt;</c> takes one back. Works anywhere; a change goes on the timeline of every open incident
/// that pages the schedule (<see cref="OnCallChanges"/>). <c>calendar</c> gives calendar feed links (<see cref="OnCallCalendar"/>).
/// </summary>
public sealed partial class OnCallCommand(
    OnCallRoster roster, IScheduleOverrideStore overrides, OnCallChanges changes, IPeopleDirectory people, IncidentSettings settings, OnCallCalendar calendar)
    : IIncidentCommand
{
    private const string Detail =
        "`/incident oncall` who is on call now and next\n" +
        "`/incident oncall override @who from <when> to <when> [on <schedule>]` puts someone on call for a while\n" +
        "`/incident oncall swap @who [on <schedule>]` gives your current or next turn to someone\n" +
        "`/incident oncall overrides` lists overrides; `/incident oncall remove <id>` removes one\n" +
        OnCallCalendar.Usage + "\n" +
        "<when> is " + SpokenTimes.Forms;

    public string Name => "oncall";

    public string Usage => "oncall [override @who from <when> to <when>|swap @who|overrides|remove <id>]";

    public string Summary => "who is on call now and next; covers and swaps";

    public bool NeedsIncident => false;

    /// <summary>It changes no incident of its own; what it tells incidents it appends (<see cref="OnCallChanges"/>).</summary>
    public bool OnlyAppends => true;

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (verb, rest) = Split(context.Arguments);
        var made = await overrides.ListAsync(cancellationToken).ConfigureAwait(false);
        var text = verb.ToLowerInvariant() switch
        {
            "" => OnCallListing.NowAndNext(roster.Schedules, made, context.At, settings.Zone, people),
            "overrides" or "list" => OnCallListing.Overrides(made, context.At, settings.Zone, people),
            "override" => await OverrideAsync(context, rest, cancellationToken).ConfigureAwait(false),
            "swap" => await SwapAsync(context, rest, made, cancellationToken).ConfigureAwait(false),
            "remove" => await RemoveAsync(context, rest, cancellationToken).ConfigureAwait(false),
            "calendar" => await calendar.AnswerAsync(context, rest, cancellationToken).ConfigureAwait(false),
            _ => Detail,
        };
        return ChatReply.Of(text);
    }

    private async Task<string> OverrideAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var match = OverridePattern().Match(arguments);
        if (!match.Success)
        {
            return $"Usage: `/incident oncall override @who from <when> to <when> [on <schedule>]`, <when> being {SpokenTimes.Forms}.";
        }

        if (Mentions.Resolve(match.Groups["who"].Value, context.User.Platform, people) is not { } who)
        {
            return Mentions.Unknown(match.Groups["who"].Value, "oncall override @who from <when> to <when>");
        }

        if (Schedule(match.Groups["schedule"]) is not { } schedule)
        {
            return WhichSchedule(match.Groups["schedule"].Value);
        }

        var (fromText, toText) = (match.Groups["from"].Value, match.Groups["to"].Value);
        if (!SpokenTimes.TryParse(fromText, context.At, settings.Zone, out var from) || !SpokenTimes.TryParse(toText, context.At, settings.Zone, out var to))
        {
            var bad = SpokenTimes.TryParse(fromText, context.At, settings.Zone, out _) ? toText : fromText;
            return $"'{bad}' is not a time I can read; write {SpokenTimes.Forms}.";
        }

        if (Refusal(from, to, context.At) is { } refusal)
        {
            return refusal;
        }

        var made = new ScheduleOverride(NewId(), schedule.Name, who.Id, from, to, null, context.Actor.Id, context.At);
        var text = $"On call for {OnCallListing.Describe(made, settings.Zone, people)}";
        await changes.AddAsync(made, text, context.At, cancellationToken).ConfigureAwait(false);
        return $"{text}. Override `{made.Id}`; remove it with `/incident oncall remove {made.Id}`.";
    }

    private async Task<string> SwapAsync(CommandContext context, string arguments, IReadOnlyList<ScheduleOverride> made, CancellationToken cancellationToken)
    {
        var match = SwapPattern().Match(arguments);
        if (!match.Success)
        {
            return "Usage: `/incident oncall swap @who [on <schedule>]`: who takes your current or next turn.";
        }

        if (Mentions.Resolve(match.Groups["who"].Value, context.User.Platform, people) is not { } who)
        {
            return Mentions.Unknown(match.Groups["who"].Value, "oncall swap @who");
        }

        if (who.Id == context.Actor.Id)
        {
            return "Swap with someone else: name who takes your turn.";
        }

        var candidates = match.Groups["schedule"].Success
            ? Schedule(match.Groups["schedule"]) is { } named ? [named] : []
            : roster.Schedules;
        if (match.Groups["schedule"].Success && candidates.Count == 0)
        {
            return WhichSchedule(match.Groups["schedule"].Value);
        }

        var turn = candidates
            .SelectMany(s => s.Shifts(context.At, context.At + OnCallSchedule.Horizon, made))
            .Where(s => s.PersonId == context.Actor.Id)
            .MinBy(s => s.Start);
        if (turn is null)
        {
            return $"You have no turn on call in the next {OnCallSchedule.Horizon.Days} days, so there is nothing to swap.";
        }

        var swap = new ScheduleOverride(NewId(), turn.Schedule, who.Id, turn.Start, turn.End, turn.OverrideId is null ? context.Actor.Id : null, context.Actor.Id, context.At);
        var text = $"On call for {turn.Schedule}: {who.Name} takes {context.Actor.Name}'s turn, {SpokenTimes.Format(turn.Start, settings.Zone)} – {SpokenTimes.Format(turn.End, settings.Zone)}";
        await changes.AddAsync(swap, text, context.At, cancellationToken).ConfigureAwait(false);
        return $"{text}. Override `{swap.Id}`; undo it with `/incident oncall remove {swap.Id}`.";
    }

    private async Task<string> RemoveAsync(CommandContext context, string id, CancellationToken cancellationToken)
    {
        if (id.Length == 0)
        {
            return "Usage: `/incident oncall remove <id>`; `/incident oncall overrides` lists the ids.";
        }

        var removed = await changes.RemoveAsync(
            id, o => $"Override removed by {context.Actor.Name}: {OnCallListing.Describe(o, settings.Zone, people)}", context.Actor.Id, context.At, cancellationToken).ConfigureAwait(false);
        return removed is null
            ? $"There is no override `{id}`; `/incident oncall overrides` lists them."
            : $"Removed override `{removed.Id}` ({OnCallListing.Describe(removed, settings.Zone, people)}).";
    }

    private string? Refusal(DateTimeOffset from, DateTimeOffset to, DateTimeOffset now)
    {
        var zone = settings.Zone;
        if (to <= from)
        {
            return $"The override would end ({SpokenTimes.Format(to, zone)}) before it starts ({SpokenTimes.Format(from, zone)}); give `from` the earlier time.";
        }

        // A start typed to the minute is allowed up to a minute back ("from 18:00" at 18:00:40).
        return from < now.AddMinutes(-1)
            ? $"{SpokenTimes.Format(from, zone)} is in the past (it is {SpokenTimes.Format(now, zone)} {zone.Label} now); start it `now` or later."
            : null;
    }

    private OnCallSchedule? Schedule(Group named) =>
        named.Success ? roster.Find(named.Value) : roster.Schedules.Count == 1 ? roster.Schedules[0] : null;

    private string WhichSchedule(string named) => roster.Schedules.Count == 0
        ? "No on-call schedules are configured (`OnCall:Schedules`), so there is nothing to override."
        : $"{(named.Length == 0 ? "Say which schedule" : $"There is no schedule '{named}'")}: add `on <schedule>`, one of {string.Join(", ", roster.Schedules.Select(s => s.Name))}.";

    private static string NewId() => "o-" + Guid.NewGuid().ToString("N")[..8];

    private static (string Verb, string Arguments) Split(string text)
    {
        var split = text.IndexOf(' ', StringComparison.Ordinal);
        return split < 0 ? (text, "") : (text[..split], text[(split + 1)..].Trim());
    }

    // A mention may carry a display name with spaces (Teams: <@29:1a2B|Ada Mensah>), so it is read whole.
    [GeneratedRegex(@"^(?<who><@[^>]+>|\S+)\s+from\s+(?<from>.+?)\s+to\s+(?<to>.+?)(?:\s+on\s+(?<schedule>\S+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OverridePattern();

    [GeneratedRegex(@"^(?<who><@[^>]+>|\S+)(?:\s+on\s+(?<schedule>\S+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SwapPattern();
}
