using IncidentBot.Core.Rollbacks;

namespace IncidentBot.Drills;

/// <summary>A service of the simulated deploy system: its rollbacks take <see cref="Takes"/> and end in <see cref="Outcome"/>.</summary>
public sealed record DrillService(string Name, TimeSpan Takes, RollbackResult Outcome);
