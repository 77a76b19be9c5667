namespace IncidentBot.Core.People;

/// <summary>A directory over a fixed list of people; ids are unique, case-insensitive.</summary>
public sealed class PeopleDirectory : IPeopleDirectory
{
    private readonly Dictionary<string, Person> _byId;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Platform, string UserId), Person> _linked = new();

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
        ?? _linked.GetValueOrDefault((platform, platformUserId))
        ?? (platform == "local" ? Find(platformUserId) : null);

    public void Link(string platform, string platformUserId, string personId)
    {
        var person = Find(personId) ?? throw new ArgumentException($"'{personId}' is not a configured person.", nameof(personId));
        _linked[(platform, platformUserId)] = person;
    }
}
