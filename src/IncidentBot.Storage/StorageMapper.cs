using IncidentBot.Core.Changes;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Outbox;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Rollbacks;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// Builds the <see cref="BsonMapper"/> of one <see cref="IncidentDatabase"/>. Each database gets its own
/// instance: registrations on the global mapper would leak between databases (and tests).
/// </summary>
internal static class StorageMapper
{
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper
        {
            EnumAsInteger = false,

            // The defaults trim strings and store "" as null: a transcript message or a postmortem would not
            // come back as it was saved.
            TrimWhitespace = false,
            EmptyStringToNull = false,
        };

        // BSON dates are UTC milliseconds; times come back as UTC offsets, truncated to the millisecond.
        mapper.RegisterType(
            serialize: (DateTimeOffset value) => new BsonValue(value.UtcDateTime),
            deserialize: bson => new DateTimeOffset(DateTime.SpecifyKind(bson.AsDateTime.ToUniversalTime(), DateTimeKind.Utc)));

        mapper.Entity<IncidentState>().Id(s => s.Number, autoId: true);
        mapper.Entity<TimelineEntry>().Id(e => e.Id, autoId: true);
        mapper.Entity<ChangeEvent>().Id(c => c.Id, autoId: false);
        mapper.Entity<Rollback>().Id(r => r.Id, autoId: false).Ignore(r => r.IsActive);
        mapper.Entity<TranscriptMessage>().Id(m => m.Id, autoId: false).Ignore(m => m.FromBot);
        mapper.Entity<PostmortemDraft>().Id(d => d.IncidentNumber, autoId: false);
        mapper.Entity<OutboxItem>().Id(o => o.Id, autoId: true);

        // Every type a collection of the database is typed with; what they contain is found from them.
        return mapper.BuildEntityMappings(
            typeof(IncidentState), typeof(TimelineEntry), typeof(ChangeEvent), typeof(Rollback), typeof(TranscriptMessage), typeof(PostmortemDraft),
            typeof(OutboxItem));
    }
}
