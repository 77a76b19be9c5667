using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>
/// <c>conversations.create</c>, <c>.invite</c>, <c>.setTopic</c>, <c>.join</c>, <c>.open</c> on the fake workspace. Invites
/// behave like Slack's: when any user fails, nobody is invited and <c>errors</c> lists each failure.
/// </summary>
internal sealed class FakeConversationsMethods(FakeSlackWorkspace workspace)
{
    private const int MaxNameLength = 80;
    private const int MaxTopicLength = 250;

    public IEnumerable<KeyValuePair<string, Func<FakeSlackCall, JsonObject>>> Handlers =>
    [
        new("conversations.create", Create),
        new("conversations.invite", Invite),
        new("conversations.setTopic", SetTopic),
        new("conversations.join", Join),
        new("conversations.open", Open),
    ];

    private JsonObject Create(FakeSlackCall call)
    {
        var name = call.Arg("name") ?? "";
        var error = name switch
        {
            "" => "invalid_name_required",
            { Length: > MaxNameLength } => "invalid_name_maxlength",
            _ when name.Any(c => c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_')) => "invalid_name_specials",
            _ when name.All(c => c is '-' or '_') => "invalid_name_punctuation",
            _ when workspace.Channels.Exists(c => c.DirectMessageUser is null && c.Name == name) => "name_taken",
            _ => null,
        };
        if (error is not null)
        {
            throw new FakeSlackError(error);
        }

        var channel = workspace.AddChannel(workspace.NextId("C"), name, call.ArgFlag("is_private"), creator: FakeSlackServer.BotUserId);
        channel.Members.Add(FakeSlackServer.BotUserId);
        return new JsonObject { ["ok"] = true, ["channel"] = workspace.ChannelJson(channel) };
    }

    private JsonObject Invite(FakeSlackCall call)
    {
        var channel = workspace.Channel(call.Arg("channel"), openDirectMessage: false);
        var users = (call.Arg("users") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (users.Length == 0)
        {
            throw new FakeSlackError("no_user");
        }

        var failures = users.Select(u => (User: u, Error: InviteError(channel, u))).Where(f => f.Error is not null).ToList();

        if (failures.Count > 0)
        {
            var errors = new JsonArray([.. failures.Select(f => new JsonObject { ["user"] = f.User, ["ok"] = false, ["error"] = f.Error })]);
            throw new FakeSlackError(failures[0].Error!, new JsonObject { ["errors"] = errors });
        }

        channel.Members.UnionWith(users);
        return new JsonObject { ["ok"] = true, ["channel"] = workspace.ChannelJson(channel) };
    }

    private string? InviteError(ChannelState channel, string user) =>
        user == FakeSlackServer.BotUserId ? "cant_invite_self"
        : !workspace.Users.ContainsKey(user) ? "user_not_found"
        : channel.Members.Contains(user) ? "already_in_channel"
        : null;

    private JsonObject SetTopic(FakeSlackCall call)
    {
        var channel = workspace.Channel(call.Arg("channel"), openDirectMessage: false);
        var topic = call.Arg("topic") ?? "";
        if (topic.Length > MaxTopicLength)
        {
            throw new FakeSlackError("too_long");
        }

        channel.Topic = topic;
        return new JsonObject { ["ok"] = true, ["channel"] = workspace.ChannelJson(channel) };
    }

    private JsonObject Join(FakeSlackCall call)
    {
        var channel = workspace.Channel(call.Arg("channel"), openDirectMessage: false);
        if (channel.IsPrivate)
        {
            throw new FakeSlackError("method_not_supported_for_channel_type");
        }

        var response = new JsonObject { ["ok"] = true };
        if (!channel.Members.Add(FakeSlackServer.BotUserId))
        {
            response["warning"] = "already_in_channel";
            response["response_metadata"] = new JsonObject { ["warnings"] = new JsonArray("already_in_channel") };
        }

        response["channel"] = workspace.ChannelJson(channel);
        return response;
    }

    /// <summary>
    /// The bot's direct message with one user (<c>users</c>), opened if it is not yet, or an open one resumed by id
    /// (<c>channel</c>); the same DM a <c>chat.postMessage</c> to the user's id lands in. Group DMs are not modelled.
    /// </summary>
    private JsonObject Open(FakeSlackCall call)
    {
        var users = (call.Arg("users") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        ChannelState channel;
        bool alreadyOpen;
        if (users.Length == 0)
        {
            channel = workspace.Channel(call.Arg("channel") ?? throw new FakeSlackError("users_list_not_supplied"), openDirectMessage: false);
            alreadyOpen = true;
            if (channel.DirectMessageUser is null)
            {
                throw new FakeSlackError("method_not_supported_for_channel_type");
            }
        }
        else
        {
            var user = users.Length == 1 ? workspace.User(users[0]) : throw new FakeSlackError("method_not_supported_for_channel_type");
            alreadyOpen = workspace.Channels.Exists(c => c.DirectMessageUser == user.Id);
            channel = workspace.Channel(user.Id);
        }

        var response = new JsonObject { ["ok"] = true };
        if (alreadyOpen)
        {
            response["no_op"] = true;
            response["already_open"] = true;
        }

        response["channel"] = new JsonObject { ["id"] = channel.Id };
        return response;
    }
}
