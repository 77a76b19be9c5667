namespace IncidentBot.Local;

/// <summary>A channel (or direct-message conversation) of the local workspace.</summary>
public sealed class LocalChannel(string id, string name, bool isDirect)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public bool IsDirect { get; } = isDirect;

    public string Topic { get; set; } = "";

    public HashSet<string> Members { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<LocalMessage> Messages { get; } = [];

    /// <summary>Bookmarked links, in order, by title.</summary>
    public List<KeyValuePair<string, Uri>> Bookmarks { get; } = [];
}
