namespace IncidentBot.Core.Outbox;

/// <summary>Makes the platform call an outbox item describes.</summary>
public interface IOutboxDeliverer
{
    string Platform { get; }

    Task<OutboxDelivery> DeliverAsync(OutboxItem item, CancellationToken cancellationToken = default);
}
