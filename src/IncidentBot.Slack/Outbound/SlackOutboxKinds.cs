namespace IncidentBot.Slack.Outbound;

/// <summary>The kinds of Slack outbox items, and the lane and id conventions they share.</summary>
public static class SlackOutboxKinds
{
    public const string Platform = "slack";
    public const string Post = "post";
    public const string Update = "update";
    public const string Direct = "dm";
    public const string Invite = "invite";
    public const string Bookmark = "bookmark";
    public const string Topic = "topic";
    public const string Ephemeral = "ephemeral";
    public const string Respond = "respond";

    /// <summary>The lane of replies to <c>response_url</c>s.</summary>
    public const string ResponsesLane = "response-urls";
    public const string Document = "document";

    public static string DirectLane(string personId) => "dm:" + personId;
}
