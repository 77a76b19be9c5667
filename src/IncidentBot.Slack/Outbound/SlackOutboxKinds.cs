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

    /// <summary>Prefix of the ids the core knows the bot's messages by until Slack gives them a <c>ts</c>.</summary>
    public const string MessageIdPrefix = "ob-";

    public static string DirectLane(string personId) => "dm:" + personId;

    public static string MessageId(long outboxId) => MessageIdPrefix + outboxId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParseMessageId(string messageId, out long outboxId)
    {
        outboxId = 0;
        return messageId.StartsWith(MessageIdPrefix, StringComparison.Ordinal)
            && long.TryParse(messageId.AsSpan(MessageIdPrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out outboxId);
    }
}
