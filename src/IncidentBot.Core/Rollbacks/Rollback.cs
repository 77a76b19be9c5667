namespace IncidentBot.Core.Rollbacks;

/// <summary>A request to roll a service back to an earlier version, from confirmation to outcome.</summary>
public sealed class Rollback
{
    /// <summary>Also the idempotency key sent to the deploy system.</summary>
    public string Id { get; set; } = "";

    public int IncidentNumber { get; set; }

    public string Service { get; set; } = "";

    public string? FromVersion { get; set; }

    public string ToVersion { get; set; } = "";

    public RollbackStatus Status { get; set; }

    public string RequestedBy { get; set; } = "";

    public DateTimeOffset RequestedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>What the deploy system said about the outcome.</summary>
    public string? Message { get; set; }

    /// <summary>Platform id of the message with the Confirm/Cancel buttons, updated once decided.</summary>
    public string? PromptMessageId { get; set; }

    public bool IsActive => Status is RollbackStatus.Requested or RollbackStatus.Started;

    public string Describe() => FromVersion is null
        ? $"{Service} to {ToVersion}"
        : $"{Service} from {FromVersion} to {ToVersion}";
}
