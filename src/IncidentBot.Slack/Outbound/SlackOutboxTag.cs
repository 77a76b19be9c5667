using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Outbox;

namespace IncidentBot.Slack.Outbound;

/// <summary>
/// The message <c>metadata</c> every post carries: the ids of the outbox items it delivers (several for a merged
/// post), so a post whose answer was lost can be found in the channel's history and not posted twice. Metadata is
/// for apps; people do not see it (https://docs.slack.dev/messaging/message-metadata), and <c>chat.update</c> keeps it.
/// </summary>
public static class SlackOutboxTag
{
    public const string EventType = "incidentbot_outbox";

    /// <summary>The ids, comma-separated: Slack's payload values are strings, numbers, booleans or objects.</summary>
    public const string IdsField = "outbox_ids";

    public static JsonObject For(IReadOnlyList<OutboxItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var ids = string.Join(',', items.Select(i => i.Id.ToString(CultureInfo.InvariantCulture)));
        return new JsonObject { ["event_type"] = EventType, ["event_payload"] = new JsonObject { [IdsField] = ids } };
    }

    /// <summary>The outbox ids a message from <c>conversations.history</c> carries; empty for other messages.</summary>
    public static IEnumerable<long> IdsOf(JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message["metadata"] is not JsonObject { } metadata
            || metadata["event_type"] is not JsonValue type || !type.TryGetValue(out string? eventType) || eventType != EventType
            || metadata["event_payload"]?[IdsField] is not JsonValue field || !field.TryGetValue(out string? ids))
        {
            return [];
        }

        return ids.Split(',').Select(id => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0).Where(id => id > 0);
    }
}
