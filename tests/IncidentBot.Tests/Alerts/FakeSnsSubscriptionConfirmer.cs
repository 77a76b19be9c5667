using System.Collections.Concurrent;
using IncidentBot.Alerts;

namespace IncidentBot.Tests.Alerts;

/// <summary>Records the subscription URLs the bot opens, instead of calling Amazon.</summary>
public sealed class FakeSnsSubscriptionConfirmer : ISnsSubscriptionConfirmer
{
    public ConcurrentQueue<Uri> Opened { get; } = new();

    public Task ConfirmAsync(Uri subscribeUrl, CancellationToken cancellationToken)
    {
        Opened.Enqueue(subscribeUrl);
        return Task.CompletedTask;
    }
}
