namespace IncidentBot.Web.Playground;

/// <summary>
/// A run of the seed drill: what its incident channel looked like and the postmortem drafted at its end, both
/// Markdown. It ran on its own simulated clock, people and database, so none of it is in the live workspace.
/// </summary>
/// <param name="Name">The drill's name.</param>
/// <param name="Transcript">The incident channel, message by message.</param>
/// <param name="Postmortem">The postmortem drafted at the end of the drill.</param>
/// <param name="RanAt">When it ran (the real time, not the drill's).</param>
public sealed record PlaygroundDrillRun(string Name, string Transcript, string Postmortem, DateTimeOffset RanAt);
