using Microsoft.Extensions.Options;

namespace IncidentBot.Slack.WebApi;

/// <summary>
/// Keeps <c>chat.postMessage</c> to at most one message per channel per <see cref="SlackOptions.PostInterval"/>
/// (Slack allows about one a second per channel:
/// <see href="https://docs.slack.dev/apis/web-api/rate-limits#posting-messages"/>). Each caller reserves the
/// channel's next free slot and waits for it on the injected clock; channels never wait for each other.
/// One instance per client (a singleton in DI); the state is its own.
/// </summary>
public sealed class ChannelPostPacer(TimeProvider timeProvider, IOptions<SlackOptions> options)
{
    private const int PruneAbove = 256;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _nextFree = new(StringComparer.Ordinal);

    /// <summary>Waits until <paramref name="channel"/> may take another message, and takes that slot.</summary>
    public Task WaitTurnAsync(string channel, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        var interval = options.Value.PostInterval;
        TimeSpan wait;
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            var slot = _nextFree.TryGetValue(channel, out var free) && free > now ? free : now;
            if (_nextFree.Count >= PruneAbove)
            {
                Prune(now);
            }

            _nextFree[channel] = slot + interval;
            wait = slot - now;
        }

        return wait > TimeSpan.Zero ? Task.Delay(wait, timeProvider, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>When <paramref name="channel"/> may take its next message, if that is later than now (nothing is reserved).</summary>
    public DateTimeOffset? BusyUntil(string channel)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        lock (_gate)
        {
            return _nextFree.TryGetValue(channel, out var free) && free > timeProvider.GetUtcNow() ? free : null;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var stale in _nextFree.Where(e => e.Value <= now).Select(e => e.Key).ToList())
        {
            _nextFree.Remove(stale);
        }
    }
}
