namespace IncidentBot.Core.Incidents;

/// <summary>
/// An incident's timeline, in time order. A stored incident's entries are read when first used, so a change
/// that only appends (a note) never reads them; and it knows what changed since it was loaded, so a store
/// writes only that, however long the timeline has grown.
/// </summary>
public sealed class IncidentTimeline
{
    private readonly List<TimelineEntry> _added = [];
    private readonly HashSet<TimelineEntry> _edited = new(ReferenceEqualityComparer.Instance);
    private readonly List<TimelineEntry> _removed = [];
    private Func<IEnumerable<TimelineEntry>>? _load;
    private List<TimelineEntry> _entries = [];

    private IncidentTimeline(Func<IEnumerable<TimelineEntry>>? load) => _load = load;

    /// <summary>The timeline of a new incident: empty, everything recorded on it is new.</summary>
    public static IncidentTimeline New() => new(null);

    /// <summary>The timeline of a stored incident; <paramref name="load"/> reads its entries, once, when they are first needed.</summary>
    public static IncidentTimeline Stored(Func<IEnumerable<TimelineEntry>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        return new IncidentTimeline(load);
    }

    /// <summary>Every entry, in time order (entries at the same time in the order they were recorded).</summary>
    public IReadOnlyList<TimelineEntry> Entries => Loaded();

    /// <summary>Entries recorded since the incident was loaded (or created).</summary>
    public IReadOnlyList<TimelineEntry> Added => _added;

    /// <summary>Stored entries changed since the incident was loaded.</summary>
    public IReadOnlyCollection<TimelineEntry> Edited => _edited;

    /// <summary>Stored entries taken off since the incident was loaded.</summary>
    public IReadOnlyList<TimelineEntry> Removed => _removed;

    /// <summary>A store calls this once it has saved the changes.</summary>
    public void AcceptChanges()
    {
        _added.Clear();
        _edited.Clear();
        _removed.Clear();
    }

    internal void Add(TimelineEntry entry)
    {
        InsertInOrder(_entries, entry);
        _added.Add(entry);
    }

    internal void MarkEdited(TimelineEntry entry)
    {
        if (!_added.Contains(entry))
        {
            _edited.Add(entry);
        }
    }

    internal List<TimelineEntry> FindAll(Predicate<TimelineEntry> match) => Loaded().FindAll(match);

    internal int RemoveAll(Predicate<TimelineEntry> match)
    {
        var gone = Loaded().FindAll(match);
        foreach (var entry in gone)
        {
            _entries.Remove(entry);
            _edited.Remove(entry);
            if (!_added.Remove(entry))
            {
                _removed.Add(entry);
            }
        }

        return gone.Count;
    }

    private List<TimelineEntry> Loaded()
    {
        if (_load is { } load)
        {
            _load = null;
            var recorded = _entries;
            _entries = load().ToList();
            recorded.ForEach(entry => InsertInOrder(_entries, entry));
        }

        return _entries;
    }

    private static void InsertInOrder(List<TimelineEntry> entries, TimelineEntry entry) =>
        entries.Insert(entries.FindLastIndex(e => e.At <= entry.At) + 1, entry);
}
