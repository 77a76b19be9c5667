namespace IncidentBot.Storage.Jobs.Documents;

/// <summary>
/// A held distributed lock (<c>hf_lock</c>). Its owner renews <see cref="ExpireAt"/> while it holds the lock; a
/// process that dies stops renewing, and the lock is free for others once it has expired.
/// </summary>
internal sealed class LockRecord
{
    /// <summary>See <see cref="DocumentKey"/>.</summary>
    public string Id { get; set; } = "";

    public string Resource { get; set; } = "";

    public string Owner { get; set; } = "";

    public DateTime ExpireAt { get; set; }
}
