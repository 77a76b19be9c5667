using IncidentBot.Core.OnCall;
using IncidentBot.Core.People;
using IncidentBot.Core.Time;

namespace IncidentBot.Core;

/// <summary>How the bot runs incidents: who is paged, who gets reports, what zone people read times in.</summary>
public sealed record IncidentSettings
{
    public required EscalationPolicy Escalation { get; init; }

    public DisplayZone Zone { get; init; } = DisplayZone.Utc;

    /// <summary>The on-call schedules escalation levels may name (<c>schedule:&lt;name&gt;</c>).</summary>
    public IReadOnlyList<OnCallSchedule> Schedules { get; init; } = [];

    /// <summary>How long before a hand-off the person coming on call is told (<see cref="OnCall.HandOff"/>); zero: at the hand-off.</summary>
    public TimeSpan HandOffNotice { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Person ids who receive drafted postmortems by direct message.</summary>
    public IReadOnlyList<string> Managers { get; init; } = [];

    /// <summary>Channel id where drafted postmortems are posted, if any.</summary>
    public string? ReportsChannelId { get; init; }

    /// <summary>Changes this long before an incident's start are its suspects.</summary>
    public TimeSpan SuspectChangeWindow { get; init; } = TimeSpan.FromHours(3);

    /// <summary>The reaction that promotes a message to the timeline.</summary>
    public string PinEmoji { get; init; } = "pushpin";

    /// <summary>Who may confirm rollbacks (person ids); empty means every known person.</summary>
    public IReadOnlyList<string> RollbackApprovers { get; init; } = [];

    /// <summary>Remind the channel when an open incident had no status update for this long; zero: never.</summary>
    public TimeSpan UpdateReminderAfter { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>A started rollback with no outcome after this long is failed, so the service can be rolled back again.</summary>
    public TimeSpan RollbackTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Where <c>/incident declare</c> is typed and new incidents are announced, if anywhere.</summary>
    public string? IncidentsChannelId { get; init; }
}
