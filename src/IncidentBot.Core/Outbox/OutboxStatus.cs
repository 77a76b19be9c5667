namespace IncidentBot.Core.Outbox;

/// <summary>Where an outbox item stands.</summary>
public enum OutboxStatus
{
    Pending,
    Delivered,
    /// <summary>The platform refused it for good (e.g. the channel is gone); kept for the record.</summary>
    Rejected,
}
