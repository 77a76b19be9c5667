using IncidentBot.Core.OnCall;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>On-call overrides in LiteDB, one small document per override, keyed by its id.</summary>
public sealed class LiteScheduleOverrideStore(IncidentDatabase database) : IScheduleOverrideStore
{
    private const string CollectionName = "oncall_overrides";

    private readonly ILiteCollection<BsonDocument> _overrides = database.Collection(CollectionName, BsonAutoId.ObjectId);

    public Task<IReadOnlyList<ScheduleOverride>> ListAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<ScheduleOverride> all = [.. _overrides.FindAll().Select(Read).OrderBy(o => o.CreatedAt)];
        return Task.FromResult(all);
    }

    public async Task SaveAsync(ScheduleOverride scheduleOverride, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheduleOverride);
        cancellationToken.ThrowIfCancellationRequested();
        var document = new BsonDocument
        {
            ["_id"] = scheduleOverride.Id,
            ["schedule"] = scheduleOverride.Schedule,
            ["person"] = scheduleOverride.PersonId,
            ["from"] = scheduleOverride.From.UtcDateTime,
            ["to"] = scheduleOverride.To.UtcDateTime,
            ["replaces"] = scheduleOverride.Replaces is { } replaces ? new BsonValue(replaces) : BsonValue.Null,
            ["by"] = scheduleOverride.CreatedBy,
            ["at"] = scheduleOverride.CreatedAt.UtcDateTime,
        };
        await database.WriteAsync(() => _overrides.Upsert(document)).ConfigureAwait(false);
    }

    public async Task<bool> RemoveAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        cancellationToken.ThrowIfCancellationRequested();
        return await database.WriteAsync(() => _overrides.Delete(id)).ConfigureAwait(false);
    }

    private static ScheduleOverride Read(BsonDocument d) => new(
        d["_id"].AsString,
        d["schedule"].AsString,
        d["person"].AsString,
        Utc(d["from"]),
        Utc(d["to"]),
        d["replaces"].IsNull ? null : d["replaces"].AsString,
        d["by"].AsString,
        Utc(d["at"]));

    private static DateTimeOffset Utc(BsonValue value) => new(DateTime.SpecifyKind(value.AsDateTime.ToUniversalTime(), DateTimeKind.Utc));
}
