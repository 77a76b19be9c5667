namespace IncidentBot.Core.OnCall;

/// <summary>
/// A moment a schedule changes hands: <see cref="Outgoing"/> stops being on call and <see cref="Incoming"/> starts.
/// Either may be nobody (a gap in the schedule). A person who stays on call across a turn's end (a consecutive turn,
/// an override by the same person) makes no hand-off.
/// </summary>
/// <param name="Schedule">The schedule's name.</param>
/// <param name="At">The instant the hands change.</param>
/// <param name="Outgoing">Who was on call until <see cref="At"/>; null when nobody was.</param>
/// <param name="Incoming">Who is on call from <see cref="At"/>; null when nobody is.</param>
/// <param name="IncomingUntil">When the incoming person's time on call ends (all their consecutive turns); null with nobody incoming.</param>
public sealed record HandOff(string Schedule, DateTimeOffset At, string? Outgoing, string? Incoming, DateTimeOffset? IncomingUntil)
{
    /// <summary>Who this hand-off tells something, for a kind of message; null when nobody.</summary>
    public string? PersonFor(HandOffKind kind) => kind == HandOffKind.Outgoing ? Outgoing : Incoming;

    /// <summary>When the job for a kind of message is due: the incoming person's notice <paramref name="notice"/> before, the rest at the hand-off.</summary>
    public DateTimeOffset DueFor(HandOffKind kind, TimeSpan notice) => kind == HandOffKind.Incoming ? At - notice : At;
}
