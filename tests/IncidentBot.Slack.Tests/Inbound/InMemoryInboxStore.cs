using IncidentBot.Core.Storage;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>Accepted delivery keys in a set.</summary>
internal sealed class InMemoryInboxStore : IInboxStore
{
    public HashSet<string> Keys { get; } = [];

    public Task<bool> TryAcceptAsync(string key, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Task.FromResult(Keys.Add(key));

    public Task ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        Keys.Remove(key);
        return Task.CompletedTask;
    }
}
