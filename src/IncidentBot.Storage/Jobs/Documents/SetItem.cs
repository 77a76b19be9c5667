namespace IncidentBot.Storage.Jobs.Documents;

/// <summary>A member of a sorted set (<c>hf_set</c>), e.g. a job id in <c>schedule</c> scored by its due time.</summary>
internal sealed class SetItem
{
    /// <summary>See <see cref="DocumentKey"/>.</summary>
    public string Id { get; set; } = "";

    public string Key { get; set; } = "";

    public string Value { get; set; } = "";

    public double Score { get; set; }

    public DateTime? ExpireAt { get; set; }
}
