namespace IncidentBot.Core.OnCall;

/// <summary>A stretch of time one person is on call for a schedule, and why: a layer's rotation, or an override.</summary>
/// <param name="Schedule">The schedule's name.</param>
/// <param name="PersonId">Who is on call.</param>
/// <param name="Start">When the stretch begins (or the start of the span asked about, if it began before).</param>
/// <param name="End">When it ends (or the end of the span asked about).</param>
/// <param name="Source">The layer's name, or <c>override</c>.</param>
/// <param name="OverrideId">The override that put the person there; null for a rotation's turn.</param>
public sealed record OnCallShift(string Schedule, string PersonId, DateTimeOffset Start, DateTimeOffset End, string Source, string? OverrideId = null);
