namespace IncidentBot.Core.Incidents;

/// <summary>Entries that follow the chat: changes put on once, pinned messages edited or deleted, entries linked to their message.</summary>
public sealed partial class Incident
{
    /// <summary>Puts a change on the timeline once (at the change's own time).</summary>
    public bool RecordChange(string changeId, string text, DateTimeOffset at, string? by)
    {
        if (State.ChangeIds.Contains(changeId))
        {
            return false;
        }

        State.ChangeIds.Add(changeId);
        Record(TimelineKind.Change, text, at, by);
        return true;
    }

    /// <summary>Follows an edit of a message that is on the timeline; false when it is not.</summary>
    public bool EditMessage(string messageId, string text)
    {
        var entries = TimelineChanges.FindAll(e => e.MessageId == messageId && e.Kind == TimelineKind.MessagePinned);
        foreach (var entry in entries)
        {
            entry.Text = text;
            TimelineChanges.MarkEdited(entry);
        }

        return entries.Count > 0;
    }

    /// <summary>Takes a deleted message off the timeline; false when it was not on it.</summary>
    public bool ForgetMessage(string messageId) =>
        TimelineChanges.RemoveAll(e => e.MessageId == messageId && e.Kind == TimelineKind.MessagePinned) > 0;

    /// <summary>Links an entry to the chat message that announced it (or that it was taken from).</summary>
    public void LinkEntry(TimelineEntry entry, string? link, string? messageId)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.Link = link;
        entry.MessageId = messageId;
        TimelineChanges.MarkEdited(entry);
    }
}
