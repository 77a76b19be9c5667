namespace IncidentBot.Core.Postmortems.Conversation;

/// <summary>What a statement in the incident's conversation tells the postmortem.</summary>
public enum FindingKind
{
    /// <summary>"The root cause is…", "caused by…", "turns out…", "found it: …".</summary>
    RootCause,

    /// <summary>Who or what was affected, with a figure: "about 12% of checkouts failed in eu-west".</summary>
    Impact,

    /// <summary>A hypothesis ruled out: "it is not the database", "ruled out DNS".</summary>
    RuledOut,

    /// <summary>Something done to the system: "restarting the proxies", "rolled back the proxy".</summary>
    ActionTaken,

    /// <summary>"We decided to…", "decision: …".</summary>
    Decision,

    /// <summary>Work for after the incident: "action item: …", "we should…", "TODO …", "follow-up: …".</summary>
    ActionItem,

    /// <summary>A question nobody else spoke after, within <see cref="ConversationReader.AnswerWindow"/>.</summary>
    OpenQuestion,

    /// <summary>Something that added to the incident without being its cause: "contributing factor: …", "… made it worse".</summary>
    ContributingFactor,

    /// <summary>For the review meeting: "what went well: …", "… went well".</summary>
    WentWell,

    /// <summary>For the review meeting: "… went badly", "we should have caught …".</summary>
    WentPoorly,

    /// <summary>For the review meeting: "luckily …", "we were lucky …", "fortunately …".</summary>
    Lucky,

    /// <summary>The service getting better, as seen: "back to 99%", "errors are dropping", "latency back to normal".</summary>
    Recovery,
}
