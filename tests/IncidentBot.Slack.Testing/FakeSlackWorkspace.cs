using System.Globalization;
using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>
/// The fake workspace's state: users, channels and their messages, pins, bookmarks, uploads and views; ids
/// and <c>ts</c> values made up the way Slack makes them. The method handlers work on it under <see cref="Gate"/>.
/// </summary>
internal sealed class FakeSlackWorkspace
{
    private readonly TimeProvider _time;
    private readonly Dictionary<string, int> _sequences = new(StringComparer.Ordinal);
    private long _lastTsMicros;

    public FakeSlackWorkspace(TimeProvider time)
    {
        _time = time;
        Users.Add(FakeSlackServer.BotUserId, new FakeSlackUser(FakeSlackServer.BotUserId, FakeSlackServer.BotName, null, "IncidentBot", IsBot: true));
    }

    public Lock Gate { get; } = new();

    public Dictionary<string, FakeSlackUser> Users { get; } = new(StringComparer.Ordinal);

    public List<ChannelState> Channels { get; } = [];

    public List<FakeSlackView> Views { get; } = [];

    public HashSet<string> UsedTriggers { get; } = new(StringComparer.Ordinal);

    public List<FakeSlackUpload> Uploads { get; } = [];

    public DateTimeOffset Now => _time.GetUtcNow();

    public string NextId(string prefix)
    {
        var next = _sequences.GetValueOrDefault(prefix) + 1;
        _sequences[prefix] = next;
        return $"{prefix}0{next:D7}";
    }

    /// <summary>A message timestamp from the clock, microseconds apart at least, so they stay unique and increasing.</summary>
    public string NextTs()
    {
        var micros = Math.Max((Now - DateTimeOffset.UnixEpoch).Ticks / 10, _lastTsMicros + 1);
        _lastTsMicros = micros;
        return string.Create(CultureInfo.InvariantCulture, $"{micros / 1_000_000}.{micros % 1_000_000:D6}");
    }

    public ChannelState AddChannel(string id, string name, bool isPrivate, string? directMessageUser = null, string creator = FakeSlackServer.OwnerUserId)
    {
        var channel = new ChannelState(id, name, isPrivate, directMessageUser, Now.ToUnixTimeSeconds(), creator);
        Channels.Add(channel);
        return channel;
    }

    /// <summary>
    /// A conversation by id, by name (with or without '#'), or, for a user id, the bot's DM with that user
    /// (opened on first use when <paramref name="openDirectMessage"/>); otherwise <c>channel_not_found</c>.
    /// </summary>
    public ChannelState Channel(string? idOrName, bool openDirectMessage = true) =>
        FindChannel(idOrName, openDirectMessage) ?? throw new FakeSlackError("channel_not_found");

    public ChannelState? FindChannel(string? idOrName, bool openDirectMessage = false)
    {
        if (string.IsNullOrEmpty(idOrName))
        {
            return null;
        }

        var name = idOrName.TrimStart('#');
        var found = Channels.Find(c => c.Id == idOrName || c.DirectMessageUser == idOrName || (c.DirectMessageUser is null && c.Name == name));
        if (found is null && openDirectMessage && Users.ContainsKey(idOrName))
        {
            found = AddChannel(NextId("D"), idOrName, isPrivate: true, directMessageUser: idOrName, creator: FakeSlackServer.BotUserId);
            found.Members.UnionWith([idOrName, FakeSlackServer.BotUserId]);
        }

        return found;
    }

    public static MessageState Message(ChannelState channel, string? ts) =>
        channel.Messages.Find(m => m.Ts == ts) ?? throw new FakeSlackError("message_not_found");

    public FakeSlackUser User(string? id, string error = "user_not_found") =>
        id is not null && Users.TryGetValue(id, out var user) ? user : throw new FakeSlackError(error);

    public JsonObject ChannelJson(ChannelState channel) => new JsonObject
    {
        ["id"] = channel.Id,
        ["name"] = channel.DirectMessageUser is null ? channel.Name : null,
        ["is_channel"] = channel.DirectMessageUser is null,
        ["is_group"] = false,
        ["is_im"] = channel.DirectMessageUser is not null,
        ["is_mpim"] = false,
        ["is_private"] = channel.IsPrivate,
        ["created"] = channel.Created,
        ["creator"] = channel.Creator,
        ["is_archived"] = false,
        ["is_general"] = false,
        ["name_normalized"] = channel.Name,
        ["is_member"] = channel.Members.Contains(FakeSlackServer.BotUserId),
        ["topic"] = new JsonObject { ["value"] = channel.Topic ?? "", ["creator"] = "", ["last_set"] = 0 },
        ["purpose"] = new JsonObject { ["value"] = "", ["creator"] = "", ["last_set"] = 0 },
        ["previous_names"] = new JsonArray(),
    }.WithoutNulls();

    public static JsonObject UserJson(FakeSlackUser user) => new JsonObject
    {
        ["id"] = user.Id,
        ["team_id"] = FakeSlackServer.TeamId,
        ["name"] = user.Name,
        ["deleted"] = false,
        ["real_name"] = user.RealName,
        ["tz"] = "Etc/UTC",
        ["tz_offset"] = 0,
        ["is_bot"] = user.IsBot,
        ["is_app_user"] = false,
        ["profile"] = new JsonObject
        {
            ["real_name"] = user.RealName,
            ["display_name"] = user.Name,
            ["email"] = user.Email,
            ["team"] = FakeSlackServer.TeamId,
        }.WithoutNulls(),
    }.WithoutNulls();

    public static JsonObject MessageJson(MessageState message) => new JsonObject
    {
        ["type"] = "message",
        ["user"] = message.User,
        ["bot_id"] = message.User == FakeSlackServer.BotUserId ? FakeSlackServer.BotId : null,
        ["text"] = message.Text,
        ["blocks"] = message.Blocks?.DeepClone(),
        ["thread_ts"] = message.ThreadTs,
        ["ts"] = message.Ts,
        ["team"] = FakeSlackServer.TeamId,
    }.WithoutNulls();
}
