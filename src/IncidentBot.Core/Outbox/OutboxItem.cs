namespace IncidentBot.Core.Outbox;

/// <summary>
/// One call to a chat platform that must happen even if the platform is down when the bot makes it: stored
/// first, delivered by a job, in order within its lane (a channel), once.
/// </summary>
public sealed class OutboxItem
{
    /// <summary>Assigned on add; increasing, so it is also the delivery order.</summary>
    public long Id { get; set; }

    /// <summary>The platform that delivers it (<c>slack</c>).</summary>
    public string Platform { get; set; } = "";

    /// <summary>Items of one lane (a channel or a person's DM) are delivered in order, one at a time.</summary>
    public string Lane { get; set; } = "";

    /// <summary>What to do, in the platform's terms (<c>post</c>, <c>update</c>, <c>invite</c> …).</summary>
    public string Kind { get; set; } = "";

    /// <summary>The platform's own JSON for the call.</summary>
    public string Payload { get; set; } = "";

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>What delivery produced, e.g. the platform's id of the posted message.</summary>
    public string? Result { get; set; }

    public string? LastError { get; set; }
}
