namespace IncidentBot.Storage.Jobs.Documents;

/// <summary>A hash (<c>hf_hash</c>), e.g. a recurring job's definition: one document per key with all its fields.</summary>
internal sealed class HashRecord
{
    /// <summary>See <see cref="DocumentKey"/>.</summary>
    public string Id { get; set; } = "";

    public string Key { get; set; } = "";

    public Dictionary<string, string?> Fields { get; set; } = [];

    public DateTime? ExpireAt { get; set; }
}
