namespace IncidentBot.Core.Changes;

/// <summary>A deploy or other change to a service, as <c>POST /changes</c> records it.</summary>
public sealed class ChangeEvent
{
    /// <summary>The sender's id for the change (dedupes repeated deliveries), or one the bot made.</summary>
    public string Id { get; set; } = "";

    public string Service { get; set; } = "";

    public string Version { get; set; } = "";

    public string? Previous { get; set; }

    public string? By { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset At { get; set; }

    public string Describe()
    {
        var versions = Previous is null ? Version : $"{Previous} → {Version}";
        var what = string.IsNullOrWhiteSpace(Description) ? "deployed" : Description.Trim();
        return $"{Service} {versions}: {what}";
    }
}
