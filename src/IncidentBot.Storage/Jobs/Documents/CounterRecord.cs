namespace IncidentBot.Storage.Jobs.Documents;

/// <summary>
/// A counter (<c>hf_counter</c>), e.g. <c>stats:succeeded</c>. Increments are added into the one document of the
/// key inside the committing transaction (writes are serialized, so there is no contention to spread out).
/// </summary>
internal sealed class CounterRecord
{
    /// <summary>See <see cref="DocumentKey"/>.</summary>
    public string Id { get; set; } = "";

    public string Key { get; set; } = "";

    public long Value { get; set; }

    public DateTime? ExpireAt { get; set; }
}
