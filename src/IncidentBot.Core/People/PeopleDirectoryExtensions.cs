namespace IncidentBot.Core.People;

/// <summary>Display names for person ids.</summary>
public static class PeopleDirectoryExtensions
{
    /// <summary>
    /// The display name of a person id: a guest's remembered name, the id itself when unknown, <c>IncidentBot</c> for
    /// <c>null</c> (the bot).
    /// </summary>
    public static string NameOf(this IPeopleDirectory people, string? personId)
    {
        ArgumentNullException.ThrowIfNull(people);
        return personId is null ? "IncidentBot" : people.Find(personId)?.Name ?? people.GuestName(personId) ?? personId;
    }
}
