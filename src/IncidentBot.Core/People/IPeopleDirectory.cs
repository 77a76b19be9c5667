namespace IncidentBot.Core.People;

/// <summary>Who is who: configured people, looked up by id or by their account on a chat platform.</summary>
public interface IPeopleDirectory
{
    IReadOnlyList<Person> All { get; }

    Person? Find(string personId);

    /// <summary>The known person behind a platform user, or <c>null</c>.</summary>
    Person? FindByChatId(string platform, string platformUserId);
}
