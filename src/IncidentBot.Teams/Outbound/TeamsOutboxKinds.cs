namespace IncidentBot.Teams.Outbound;

/// <summary>The kinds of Teams outbox items, and the lane and id conventions they share.</summary>
public static class TeamsOutboxKinds
{
    public const string Platform = "teams";

    /// <summary>A message to a conversation: a channel (a new post), an incident's thread, a chat.</summary>
    public const string Post = "post";

    /// <summary>A message replaced in place (the incident card as the incident changes, a page once answered).</summary>
    public const string Update = "update";

    /// <summary>A 1:1 message to a person (a page), through the bot's chat with them.</summary>
    public const string Direct = "dm";

    public static string DirectLane(string personId) => "dm:" + personId;
}
