using System.Collections.Concurrent;

namespace IncidentBot.Core.People;

/// <summary>
/// A directory over a fixed list of people; ids are unique, case-insensitive. A person linked to a platform account
/// (<see cref="Link"/>) they had no configured id for carries it from then on in <see cref="Person.ChatIds"/>, so
/// whatever reaches them by that id (a page, an @mention) finds it wherever the person is looked up. Guests (platform
/// users nobody configured) are never found as people; only their names are kept, for showing what they did.
/// </summary>
public sealed class PeopleDirectory : IPeopleDirectory
{
    private readonly IReadOnlyList<Person> _configured;
    private readonly Dictionary<string, Person> _byId;
    private readonly ConcurrentDictionary<(string Platform, string UserId), string> _linked = new();
    private readonly ConcurrentDictionary<string, Person> _carrying = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _guestNames = new(StringComparer.Ordinal);

    /// <param name="people">The configured people.</param>
    /// <param name="guestNames">The names of guests seen before (by their platform id), as the database kept them.</param>
    public PeopleDirectory(IEnumerable<Person> people, IEnumerable<KeyValuePair<string, string>>? guestNames = null)
    {
        ArgumentNullException.ThrowIfNull(people);
        foreach (var (id, name) in guestNames ?? [])
        {
            _guestNames[id] = name;
        }

        _configured = people.ToList();
        _byId = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in _configured)
        {
            if (!_byId.TryAdd(person.Id, person))
            {
                throw new ArgumentException($"Person '{person.Id}' is configured twice.", nameof(people));
            }
        }
    }

    public IReadOnlyList<Person> All => _carrying.IsEmpty ? _configured : [.. _configured.Select(p => _carrying.GetValueOrDefault(p.Id) ?? p)];

    public Person? Find(string personId) => _carrying.GetValueOrDefault(personId) ?? _byId.GetValueOrDefault(personId);

    public Person? FindByChatId(string platform, string platformUserId) =>
        _configured.FirstOrDefault(p => p.ChatIds is not null && p.ChatIds.TryGetValue(platform, out var id) && id == platformUserId) is { } configured
            ? Find(configured.Id)
            : _linked.TryGetValue((platform, platformUserId), out var linked) ? Find(linked)
            : platform == "local" ? Find(platformUserId) : null;

    /// <summary>
    /// Links the account; the first account linked for a platform becomes the person's <c>ChatIds[platform]</c> when
    /// none is configured (a configured id is never replaced).
    /// </summary>
    public void Link(string platform, string platformUserId, string personId)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(platformUserId);
        var person = _byId.GetValueOrDefault(personId) ?? throw new ArgumentException($"'{personId}' is not a configured person.", nameof(personId));
        _linked[(platform, platformUserId)] = person.Id;
        _carrying.AddOrUpdate(
            person.Id,
            _ => Carrying(person, platform, platformUserId),
            (_, carrying) => Carrying(carrying, platform, platformUserId));
    }

    public string? GuestName(string guestId) => _guestNames.GetValueOrDefault(guestId);

    public void RememberGuest(string guestId, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(guestId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _guestNames[guestId] = name;
    }

    private static Person Carrying(Person person, string platform, string platformUserId)
    {
        if (person.ChatIds is not null && person.ChatIds.TryGetValue(platform, out var configured) && !string.IsNullOrWhiteSpace(configured))
        {
            return person;
        }

        var ids = new Dictionary<string, string>(person.ChatIds ?? new Dictionary<string, string>(), StringComparer.Ordinal) { [platform] = platformUserId };
        return person with { ChatIds = ids };
    }
}
