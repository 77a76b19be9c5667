using System.Collections.Concurrent;
using IncidentBot.Core.Storage;

namespace IncidentBot.Slack.Tests.Inbound;

internal sealed class InMemoryGuestNameStore : IGuestNameStore
{
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> LoadAll() => new Dictionary<string, string>(_names, StringComparer.Ordinal);

    public Task SaveAsync(string guestId, string name, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        _names[guestId] = name;
        return Task.CompletedTask;
    }
}
