using IncidentBot.Core.Changes;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Outbox;
using IncidentBot.Core.Rollbacks;

namespace IncidentBot.Web.Incidents;

/// <summary>Everything the incident page shows, read once per request (<see cref="IncidentReader"/>).</summary>
public sealed record IncidentRecord(
    Incident Incident,
    IReadOnlyList<string> Responders,
    IReadOnlyList<TranscriptMessage> Transcript,
    IReadOnlyList<ChangeEvent> SuspectChanges,
    IReadOnlyList<Rollback> Rollbacks,
    IReadOnlyList<OutboxItem> PendingMessages,
    IReadOnlyList<int> PostmortemRevisions);
