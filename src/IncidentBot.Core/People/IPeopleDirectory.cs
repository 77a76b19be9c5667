namespace IncidentBot.Core.People;

/// <summary>Who is who: configured people, looked up by id or by their account on a chat platform.</summary>
public interface IPeopleDirectory
{
    IReadOnlyList<Person> All { get; }

    Person? Find(string personId);

    /// <summary>The known person behind a platform user, or <c>null</c>.</summary>
    Person? FindByChatId(string platform, string platformUserId);

    /// <summary>
    /// Remembers that a platform user is a configured person (found by a platform through their email), so
    /// every later lookup of that user finds them.
    /// </summary>
    void Link(string platform, string platformUserId, string personId);

    /// <summary>The name a guest (a platform user the directory does not know) went by when last seen; null when never seen.</summary>
    string? GuestName(string guestId);

    /// <summary>Remembers the name a guest goes by, so what they did is shown under their name rather than their platform id.</summary>
    void RememberGuest(string guestId, string name);
}
