using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Tests.Commands;

/// <summary>Incidents in a list, numbered from 1; saves keep the same objects.</summary>
internal sealed class InMemoryIncidentStore : IIncidentStore
{
    private readonly List<Incident> _incidents = [];

    public Task AddAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        incident.State.Number = _incidents.Count + 1;
        _incidents.Add(incident);
        return Task.CompletedTask;
    }

    public Task SaveAsync(Incident incident, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task AppendAsync(Incident incident, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<Incident?> GetAsync(int number, CancellationToken cancellationToken = default) =>
        Task.FromResult(_incidents.Find(i => i.Number == number));

    public Task<Incident?> FindByChannelAsync(string channelId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_incidents.Find(i => i.State.ChannelId == channelId));

    public Task<Incident?> FindOpenByGroupKeyAsync(string groupKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(_incidents.Find(i => i.IsOpen && i.State.GroupKeys.Contains(groupKey)));

    public Task<Incident?> FindLatestByGroupKeyAsync(string groupKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(_incidents.LastOrDefault(i => i.State.GroupKeys.Contains(groupKey)));

    public Task<IReadOnlyList<Incident>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Incident>>(_incidents.AsEnumerable().Reverse().ToList());

    public Task<IReadOnlyList<Incident>> ListPageAsync(int? belowNumber, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Incident>>(_incidents.Where(i => i.Number < (belowNumber ?? int.MaxValue)).Reverse().Take(limit).ToList());

    public Task<IReadOnlyList<Incident>> ListOpenAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Incident>>(_incidents.Where(i => i.IsOpen).Reverse().ToList());
}
