namespace IncidentBot.Storage.Jobs.Documents;

/// <summary>
/// A job waiting in a queue (<c>hf_queue</c>). Ids grow, so the id order is the enqueue order. A worker claims an
/// item by stamping <see cref="FetchedAt"/> and its own <see cref="FetchToken"/>; the item stays until the job is
/// done, and becomes visible to other workers again when its claim is not renewed within the invisibility timeout.
/// </summary>
internal sealed class QueueItem
{
    public long Id { get; set; }

    public string Queue { get; set; } = "";

    public long JobId { get; set; }

    public DateTime? FetchedAt { get; set; }

    public string? FetchToken { get; set; }
}
