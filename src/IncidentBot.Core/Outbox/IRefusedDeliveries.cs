namespace IncidentBot.Core.Outbox;

/// <summary>
/// Told of the items a platform refused for good, before they are saved as refused: a crash in between reports
/// them twice, never not at all.
/// </summary>
public interface IRefusedDeliveries
{
    Task ReportAsync(IReadOnlyList<OutboxItem> items, string? error, CancellationToken cancellationToken = default);
}
