using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Storage;

/// <summary>
/// Where incidents live. A save is durable when it returns: the bot acknowledges nothing it has not saved.
/// </summary>
public interface IIncidentStore
{
    /// <summary>Stores a new incident and gives it the next number.</summary>
    Task AddAsync(Incident incident, CancellationToken cancellationToken = default);

    Task SaveAsync(Incident incident, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the incident's timeline changes and nothing of the incident itself: for a change that only adds to
    /// the timeline and runs without the incident's lock, so what it loaded may already be older than what is stored.
    /// </summary>
    Task AppendAsync(Incident incident, CancellationToken cancellationToken = default);

    Task<Incident?> GetAsync(int number, CancellationToken cancellationToken = default);

    Task<Incident?> FindByChannelAsync(string channelId, CancellationToken cancellationToken = default);

    Task<Incident?> FindOpenByGroupKeyAsync(string groupKey, CancellationToken cancellationToken = default);

    /// <summary>The newest incident, open or resolved, that has the alert group.</summary>
    Task<Incident?> FindLatestByGroupKeyAsync(string groupKey, CancellationToken cancellationToken = default);

    /// <summary>Every incident, newest first.</summary>
    Task<IReadOnlyList<Incident>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// At most <paramref name="limit"/> incidents numbered below <paramref name="belowNumber"/> (from the newest when
    /// null), newest first: a page of <see cref="ListAsync"/> that reads no more than it returns.
    /// </summary>
    Task<IReadOnlyList<Incident>> ListPageAsync(int? belowNumber, int limit, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Incident>> ListOpenAsync(CancellationToken cancellationToken = default);
}
