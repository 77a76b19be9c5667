namespace IncidentBot.Core.Outbox;

/// <summary>How one delivery attempt went.</summary>
public sealed record OutboxDelivery(OutboxDeliveryResult Result, string? Value, TimeSpan? RetryAfter, string? Error)
{
    public static OutboxDelivery Delivered(string? value = null) => new(OutboxDeliveryResult.Delivered, value, null, null);

    /// <summary>The platform could not take it now (rate limit, outage, timeout); try again after <paramref name="after"/> (null: back off).</summary>
    public static OutboxDelivery RetryLater(string error, TimeSpan? after = null) => new(OutboxDeliveryResult.RetryLater, null, after, error);

    /// <summary>
    /// Nobody knows whether the platform did it (the call timed out, the connection dropped): try again after
    /// <paramref name="after"/>, looking for it on the platform first.
    /// </summary>
    public static OutboxDelivery Unknown(string error, TimeSpan? after = null) =>
        new(OutboxDeliveryResult.RetryLater, null, after, error) { OutcomeUnknown = true };

    /// <summary>A <see cref="OutboxDeliveryResult.RetryLater"/> whose call may have been applied all the same.</summary>
    public bool OutcomeUnknown { get; init; }

    /// <summary>The platform refused it for good; retrying would not help.</summary>
    public static OutboxDelivery Rejected(string error) => new(OutboxDeliveryResult.Rejected, null, null, error);
}
