namespace IncidentBot.Storage.Jobs.Documents;

/// <summary>An element of a list (<c>hf_list</c>). Lists read newest first, so the highest id is element 0.</summary>
internal sealed class ListItem
{
    public long Id { get; set; }

    public string Key { get; set; } = "";

    public string Value { get; set; } = "";

    public DateTime? ExpireAt { get; set; }
}
