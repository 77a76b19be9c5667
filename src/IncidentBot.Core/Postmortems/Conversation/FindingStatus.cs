namespace IncidentBot.Core.Postmortems.Conversation;

/// <summary>Where a finding the bot asked about stands.</summary>
public enum FindingStatus
{
    /// <summary>Asked in the channel; nobody has answered yet. The report shows it as said, not as fact.</summary>
    Proposed,

    /// <summary>Someone on the incident confirmed it: it is on the timeline and a fact of the report.</summary>
    Confirmed,

    /// <summary>Someone said it is not so ("Not the root cause", "Drop"): the report leaves it out.</summary>
    Rejected,
}
