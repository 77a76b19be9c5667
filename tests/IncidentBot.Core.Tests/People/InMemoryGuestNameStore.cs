using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Tests.People;

internal sealed class InMemoryGuestNameStore : IGuestNameStore
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public int Writes { get; private set; }

    public IReadOnlyDictionary<string, string> LoadAll() => new Dictionary<string, string>(_names, StringComparer.Ordinal);

    public Task SaveAsync(string guestId, string name, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        _names[guestId] = name;
        Writes++;
        return Task.CompletedTask;
    }
}
