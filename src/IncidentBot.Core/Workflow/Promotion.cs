namespace IncidentBot.Core.Workflow;

/// <summary>What asking to put a message on the timeline did.</summary>
public enum Promotion
{
    /// <summary>The message is on the timeline now, at its own time.</summary>
    Promoted,

    /// <summary>It was on the timeline already (pinned before, or the bot's announcement of an entry).</summary>
    AlreadyOnTimeline,

    /// <summary>The message was deleted; deleted messages stay off the timeline.</summary>
    Deleted,

    /// <summary>The bot never captured it (not in an incident channel, or not a person's message).</summary>
    NotCaptured,
}
