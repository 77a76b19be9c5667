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

    /// <summary>
    /// An attempt was made whose outcome the bot never learned (the call timed out, the connection dropped, or the
    /// bot stopped during it): the platform may have done it, so the delivery job looks for it first
    /// (<see cref="IOutboxDeliverer.LookUpAsync"/>) rather than doing it twice. Set and stored before every attempt,
    /// cleared once the attempt's outcome is known.
    /// </summary>
    public bool InDoubt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>What delivery produced, e.g. the platform's id of the posted message.</summary>
    public string? Result { get; set; }

    public string? LastError { get; set; }

    /// <summary>The incident the message is about, if any: refused for good, it is reported on that incident.</summary>
    public int? IncidentNumber { get; set; }

    /// <summary>For a page: the person it pages (their id).</summary>
    public string? PagedPerson { get; set; }

    /// <summary>For a page: the escalation level it is for (0: by hand).</summary>
    public int PagedLevel { get; set; }
}
