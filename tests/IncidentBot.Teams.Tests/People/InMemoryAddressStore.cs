using System.Collections.Concurrent;
using IncidentBot.Core.Storage;

namespace IncidentBot.Teams.Tests.People;

/// <summary>The bot database's platform addresses, in memory.</summary>
internal sealed class InMemoryAddressStore : IPlatformAddressStore
{
    private readonly ConcurrentDictionary<(string, string), string> _saved = new();

    public Task<string?> FindAsync(string platform, string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_saved.GetValueOrDefault((platform, key)));

    public Task SaveAsync(string platform, string key, string json, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        _saved[(platform, key)] = json;
        return Task.CompletedTask;
    }
}
