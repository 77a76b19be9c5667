namespace IncidentBot.Configuration;

/// <summary>One entry of <c>Services</c>: where to ask for a rollback of that service.</summary>
public sealed class ServiceOptions
{
    /// <summary>The rollback webhook; the bot POSTs signed JSON with an idempotency key.</summary>
    public Uri? RollbackUrl { get; set; }

    /// <summary>Signs the webhook requests and verifies the callbacks to <c>POST /rollbacks/{id}</c>.</summary>
    public string? Secret { get; set; }

    /// <summary>How long to wait for the webhook's synchronous reply.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
