namespace IncidentBot.Core.People;

/// <summary>A directory over a fixed list of people; ids are unique, case-insensitive.</summary>
public sealed class PeopleDirectory : IPeopleDirectory
{
    private readonly Dictionary<string, Person> _byId;

    public PeopleDirectory(IEnumerable<Person> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        All = people.ToList();
        _byId = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in All)
        {
            if (!_byId.TryAdd(person.Id, person))
            {
                throw new ArgumentException($"Person '{person.Id}' is configured twice.", nameof(people));
            }
        }
    }

    public IReadOnlyList<Person> All { get; }

    public Person? Find(string personId) => _byId.GetValueOrDefault(personId);

    public Person? FindByChatId(string platform, string platformUserId) =>
        All.FirstOrDefault(p => p.ChatIds is not null && p.ChatIds.TryGetValue(platform, out var id) && id == platformUserId)
        ?? (platform == "local" ? Find(platformUserId) : null);
}
