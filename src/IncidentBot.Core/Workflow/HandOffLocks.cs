namespace IncidentBot.Core.Workflow;

/// <summary>One async lock per hand-off message (<see cref="OnCall.SentHandOff.Key"/>), so two runs of its job never both send it.</summary>
public sealed class HandOffLocks : KeyedLocks<string>;
