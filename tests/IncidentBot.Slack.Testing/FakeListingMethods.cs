using System.Globalization;
using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>
/// <c>conversations.history</c> and <c>users.conversations</c> on the fake workspace: newest messages first and the
/// bot's channels in creation order, a page of <c>limit</c> at a time with Slack's cursor pagination.
/// </summary>
internal sealed class FakeListingMethods(FakeSlackWorkspace workspace)
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 999;

    public IEnumerable<KeyValuePair<string, Func<FakeSlackCall, JsonObject>>> Handlers =>
    [
        new("conversations.history", History),
        new("users.conversations", UserConversations),
    ];

    /// <summary>
    /// A channel's messages, newest first, after <c>oldest</c> and before <c>latest</c> (exclusive unless
    /// <c>inclusive</c>); thread replies stay in their threads. Metadata comes only with <c>include_all_metadata</c>
    /// (the bot subscribes to no metadata event types).
    /// </summary>
    private JsonObject History(FakeSlackCall call)
    {
        var channel = workspace.Channel(call.Arg("channel"), openDirectMessage: false);
        if (!channel.Members.Contains(FakeSlackServer.BotUserId))
        {
            throw new FakeSlackError("not_in_channel");
        }

        var inclusive = call.ArgFlag("inclusive");
        var oldest = Timestamp(call.Arg("oldest")) ?? 0m;
        var latest = Timestamp(call.Arg("latest")) ?? decimal.MaxValue;
        var withMetadata = call.ArgFlag("include_all_metadata");
        var messages = channel.Messages
            .Where(m => m.ThreadTs is null || m.ThreadTs == m.Ts)
            .Where(m => Timestamp(m.Ts) is { } ts && (inclusive ? ts >= oldest && ts <= latest : ts > oldest && ts < latest))
            .Reverse()
            .Select(m => WithMetadata(FakeSlackWorkspace.MessageJson(m), withMetadata ? m.Metadata : null));
        return Page(call, "messages", messages, hasMore: true);
    }

    /// <summary>The channels the bot (or <c>user</c>) is a member of, of the requested <c>types</c> (public channels by default).</summary>
    private JsonObject UserConversations(FakeSlackCall call)
    {
        var user = call.Arg("user") ?? FakeSlackServer.BotUserId;
        var types = (call.Arg("types") ?? "public_channel").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var channels = workspace.Channels
            .Where(c => c.Members.Contains(user) && types.Contains(TypeOf(c)))
            .Select(workspace.ChannelJson);
        return Page(call, "channels", channels, hasMore: false);
    }

    private static string TypeOf(ChannelState channel) =>
        channel.DirectMessageUser is not null ? "im" : channel.IsPrivate ? "private_channel" : "public_channel";

    /// <summary>One page of <paramref name="items"/>: the cursor is the position of the next item, opaque to clients.</summary>
    private static JsonObject Page(FakeSlackCall call, string name, IEnumerable<JsonObject> items, bool hasMore)
    {
        var limit = int.TryParse(call.Arg("limit"), CultureInfo.InvariantCulture, out var asked) && asked > 0 ? Math.Min(asked, MaxLimit) : DefaultLimit;
        var start = call.Arg("cursor") is { Length: > 0 } cursor ? Position(cursor) : 0;
        var all = items.ToList();
        var page = all.Skip(start).Take(limit).ToList();
        var next = start + page.Count < all.Count ? Cursor(start + page.Count) : "";
        var response = new JsonObject { ["ok"] = true, [name] = new JsonArray([.. page]) };
        if (hasMore)
        {
            response["has_more"] = next.Length > 0;
        }

        response["response_metadata"] = new JsonObject { ["next_cursor"] = next };
        return response;
    }

    private static string Cursor(int position) => Convert.ToBase64String(BitConverter.GetBytes(position));

    private static int Position(string cursor)
    {
        try
        {
            var bytes = Convert.FromBase64String(cursor);
            return bytes.Length == sizeof(int) && BitConverter.ToInt32(bytes) is >= 0 and var position ? position : throw new FakeSlackError("invalid_cursor");
        }
        catch (FormatException)
        {
            throw new FakeSlackError("invalid_cursor");
        }
    }

    private static decimal? Timestamp(string? ts) =>
        decimal.TryParse(ts, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static JsonObject WithMetadata(JsonObject message, JsonObject? metadata)
    {
        if (metadata is not null)
        {
            message["metadata"] = metadata.DeepClone();
        }

        return message;
    }
}
