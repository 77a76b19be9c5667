using IncidentBot.Core.Outbox;

namespace IncidentBot.Core.Tests.Outbox;

/// <summary>Records what the outbox reported as refused for good.</summary>
internal sealed class RecordingRefusals : IRefusedDeliveries
{
    public List<(long Id, string? Error)> Reported { get; } = [];

    public Task ReportAsync(IReadOnlyList<OutboxItem> items, string? error, CancellationToken cancellationToken = default)
    {
        Reported.AddRange(items.Select(i => (i.Id, error)));
        return Task.CompletedTask;
    }
}
