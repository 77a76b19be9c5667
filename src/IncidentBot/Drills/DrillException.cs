namespace IncidentBot.Drills;

/// <summary>A drill that cannot run: the message is one line naming the step and the problem.</summary>
public sealed class DrillException(string message) : Exception(message);
