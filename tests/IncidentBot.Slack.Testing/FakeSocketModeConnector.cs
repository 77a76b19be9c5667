using IncidentBot.Slack.SocketMode;

namespace IncidentBot.Slack.Testing;

/// <summary>
/// Plays <c>apps.connections.open</c> for <see cref="SocketModeClient"/>: hands out <see cref="FakeSocketMode.Url"/>,
/// after failing the next <see cref="FailuresLeft"/> calls as if Slack were unreachable, or refusing them all with
/// <see cref="RefuseWith"/>. Remembers when (on the given clock) it was called.
/// </summary>
public sealed class FakeSocketModeConnector(FakeSocketMode socketMode, TimeProvider time) : ISocketModeConnector
{
    private readonly Lock _gate = new();
    private readonly List<DateTimeOffset> _calls = [];

    /// <summary>How many of the next calls fail with <see cref="HttpRequestException"/>.</summary>
    public int FailuresLeft { get; set; }

    /// <summary>A Slack error code every call is refused with, e.g. <c>invalid_auth</c>; null to hand out addresses.</summary>
    public string? RefuseWith { get; set; }

    public IReadOnlyList<DateTimeOffset> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _calls.Add(time.GetUtcNow());
            if (RefuseWith is { } error)
            {
                throw new SocketModeConnectException(error);
            }

            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new HttpRequestException("Fake Slack is unreachable.");
            }
        }

        return Task.FromResult(socketMode.Url);
    }
}
