using System.Collections.Concurrent;
using IncidentBot.Alerts;

namespace IncidentBot.Tests.Alerts;

/// <summary>Serves the tests' signing certificate for every address it is asked for, and records each request.</summary>
public sealed class FakeSnsCertificateFetcher(string pem) : ISnsCertificateFetcher
{
    public ConcurrentQueue<Uri> Fetched { get; } = new();

    public Task<string> FetchPemAsync(Uri address, CancellationToken cancellationToken)
    {
        Fetched.Enqueue(address);
        return Task.FromResult(pem);
    }
}
