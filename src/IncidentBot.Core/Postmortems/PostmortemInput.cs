using IncidentBot.Core.Changes;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Postmortems;

/// <summary>Everything the drafter reads: the incident, its conversation, its rollbacks and suspect changes.</summary>
public sealed record PostmortemInput(
    Incident Incident,
    IReadOnlyList<TranscriptMessage> Transcript,
    IReadOnlyList<Rollback> Rollbacks,
    IReadOnlyList<ChangeEvent> SuspectChanges,
    IPeopleDirectory People,
    DisplayZone Zone);
