namespace IncidentBot.Core.OnCall.Calendar;

/// <summary>One event of a calendar feed: one continuous shift of one person on one schedule.</summary>
/// <param name="Uid">Stable across fetches and restarts for the same shift, so calendar apps update the event rather than add a second.</param>
/// <param name="Summary">The title calendar apps show.</param>
/// <param name="Description">Why the person is on call (a rotation layer, or an override and who made it); names only.</param>
/// <param name="Start">When the shift begins (UTC instant).</param>
/// <param name="End">When it ends.</param>
public sealed record CalendarEntry(string Uid, string Summary, string Description, DateTimeOffset Start, DateTimeOffset End);
