namespace IncidentBot.Core.Outbox;

/// <summary>Delivered, to be retried, or refused for good.</summary>
public enum OutboxDeliveryResult
{
    Delivered,
    RetryLater,
    Rejected,
}
