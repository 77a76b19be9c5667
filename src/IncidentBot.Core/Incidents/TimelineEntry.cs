namespace IncidentBot.Core.Incidents;

/// <summary>One row of an incident's timeline.</summary>
public sealed class TimelineEntry
{
    /// <summary>The store's id for the entry; 0 until it is stored.</summary>
    public long Id { get; set; }

    /// <summary>When it happened (UTC); for a promoted message, the message's own time.</summary>
    public DateTimeOffset At { get; init; }

    public TimelineKind Kind { get; init; }

    public string Text { get; set; } = "";

    /// <summary>The person who did it (who said it, for a finding of the conversation); <c>null</c> for the bot's own actions.</summary>
    public string? By { get; init; }

    /// <summary>For a finding of the conversation made a fact: the person who confirmed it.</summary>
    public string? ConfirmedBy { get; init; }

    /// <summary>Permalink of the chat message this entry was taken from, if any.</summary>
    public string? Link { get; set; }

    /// <summary>Platform id of that message, so edits and deletions can follow it.</summary>
    public string? MessageId { get; set; }
}
