namespace IncidentBot.Core.Postmortems;

/// <summary>A drafted postmortem as delivered.</summary>
public sealed class PostmortemDraft
{
    public int IncidentNumber { get; set; }

    /// <summary>The incident's postmortem revision it was drafted for.</summary>
    public int Revision { get; set; }

    public DateTimeOffset DraftedAt { get; set; }

    public string Markdown { get; set; } = "";

    /// <summary>Whether it was posted to the channel, the reports channel and the managers.</summary>
    public bool Delivered { get; set; }
}
