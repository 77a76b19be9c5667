using IncidentBot.Storage.Jobs.Documents;
using LiteDB;

namespace IncidentBot.Storage.Jobs;

/// <summary>
/// Builds the <see cref="BsonMapper"/> of one job storage. It is not the database's mapper, so the job documents
/// never change how the domain's documents are mapped, and it is never <see cref="BsonMapper"/>'s global one.
/// </summary>
internal static class JobDocumentMapper
{
    public static BsonMapper Create() => new BsonMapper
    {
        EnumAsInteger = false,

        // Job arguments, state data and hash values come back exactly as Hangfire wrote them.
        TrimWhitespace = false,
        EmptyStringToNull = false,
        SerializeNullValues = false,
    }.BuildEntityMappings(
        typeof(JobRecord), typeof(QueueItem), typeof(SetItem), typeof(ListItem), typeof(HashRecord), typeof(CounterRecord), typeof(LockRecord), typeof(ServerRecord));
}
