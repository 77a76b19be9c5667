using System.Collections.ObjectModel;

namespace IncidentBot.Core.Outbox;

/// <summary>
/// What looking for in-doubt items on the platform found: for each item found, by id, what its delivery produced
/// (the platform's id of the message); or, when the platform could not be asked, when to try again.
/// </summary>
public sealed record OutboxLookup(IReadOnlyDictionary<long, string?> Found, OutboxDelivery? Failure = null)
{
    public static OutboxLookup NothingFound { get; } = new(ReadOnlyDictionary<long, string?>.Empty);

    /// <summary>The platform could not be asked now (<paramref name="failure"/> says when to try again).</summary>
    public static OutboxLookup Failed(OutboxDelivery failure) => new(ReadOnlyDictionary<long, string?>.Empty, failure);
}
