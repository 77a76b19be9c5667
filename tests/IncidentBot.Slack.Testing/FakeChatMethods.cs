using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>
/// <c>chat.postMessage</c>, <c>chat.update</c>, <c>chat.postEphemeral</c>, <c>chat.getPermalink</c> on the
/// fake workspace, with the errors Slack gives for the mistakes a client makes.
/// </summary>
internal sealed class FakeChatMethods(FakeSlackWorkspace workspace)
{
    /// <summary>chat.postMessage's <c>msg_too_long</c>.</summary>
    private const int MaxText = 40_000;

    public IEnumerable<KeyValuePair<string, Func<FakeSlackCall, JsonObject>>> Handlers =>
    [
        new("chat.postMessage", PostMessage),
        new("chat.update", Update),
        new("chat.postEphemeral", PostEphemeral),
        new("chat.getPermalink", GetPermalink),
    ];

    private JsonObject PostMessage(FakeSlackCall call)
    {
        var channel = workspace.Channel(call.Arg("channel"));
        var (text, blocks) = Content(call, required: true);
        var message = new MessageState(workspace.NextTs(), FakeSlackServer.BotUserId, call.Arg("thread_ts"))
        {
            Text = text, Blocks = blocks, Metadata = Metadata(call),
        };
        channel.Messages.Add(message);
        return new JsonObject
        {
            ["ok"] = true,
            ["channel"] = channel.Id,
            ["ts"] = message.Ts,
            ["message"] = FakeSlackWorkspace.MessageJson(message),
        };
    }

    private JsonObject Update(FakeSlackCall call)
    {
        var channel = workspace.Channel(call.Arg("channel"), openDirectMessage: false);
        var message = FakeSlackWorkspace.Message(channel, call.Arg("ts"));
        if (message.User != FakeSlackServer.BotUserId)
        {
            throw new FakeSlackError("cant_update_message");
        }

        var (text, blocks) = Content(call, required: false);
        message.Text = text ?? message.Text;
        message.Blocks = call.Arguments["blocks"] is null ? message.Blocks : blocks is { Count: 0 } ? null : blocks;
        message.Metadata = call.Arguments["metadata"] is null ? message.Metadata : Metadata(call) is { Count: > 0 } metadata ? metadata : null;
        message.Edits++;
        return new JsonObject
        {
            ["ok"] = true,
            ["channel"] = channel.Id,
            ["ts"] = message.Ts,
            ["text"] = message.Text,
            ["message"] = FakeSlackWorkspace.MessageJson(message),
        };
    }

    private JsonObject PostEphemeral(FakeSlackCall call)
    {
        var channel = workspace.Channel(call.Arg("channel"));
        var user = workspace.User(call.Arg("user"));
        if (!channel.Members.Contains(user.Id))
        {
            throw new FakeSlackError("user_not_in_channel");
        }

        var (text, blocks) = Content(call, required: true);
        var ts = workspace.NextTs();
        channel.Ephemerals.Add(new FakeSlackEphemeral(channel.Id, user.Id, ts, text, blocks));
        return new JsonObject { ["ok"] = true, ["message_ts"] = ts };
    }

    private JsonObject GetPermalink(FakeSlackCall call)
    {
        var channel = workspace.Channel(call.Arg("channel"), openDirectMessage: false);
        var message = FakeSlackWorkspace.Message(channel, call.Arg("message_ts"));
        var link = $"{FakeSlackServer.WorkspaceUrl}archives/{channel.Id}/p{message.Ts.Replace(".", "", StringComparison.Ordinal)}";
        if (message.ThreadTs is { } thread && thread != message.Ts)
        {
            link += $"?thread_ts={thread}&cid={channel.Id}";
        }

        return new JsonObject { ["ok"] = true, ["channel"] = channel.Id, ["permalink"] = link };
    }

    /// <summary>
    /// A message's <c>metadata</c>: an object with a string <c>event_type</c> and an object <c>event_payload</c>
    /// (https://docs.slack.dev/messaging/message-metadata); an empty object (which removes it on update) as it is.
    /// </summary>
    private static JsonObject? Metadata(FakeSlackCall call)
    {
        if (call.Arguments["metadata"] is null)
        {
            return null;
        }

        var metadata = call.ArgJson("metadata") as JsonObject ?? throw new FakeSlackError("invalid_metadata_format");
        if (metadata.Count > 0 && (!FakeJson.IsString(metadata["event_type"], out _) || metadata["event_payload"] is not JsonObject))
        {
            throw new FakeSlackError("invalid_metadata_schema");
        }

        return metadata;
    }

    /// <summary>The text and blocks of a message, checked as Slack checks them (<c>no_text</c>, <c>invalid_blocks*</c>, <c>msg_*too_long</c>).</summary>
    private static (string? Text, JsonArray? Blocks) Content(FakeSlackCall call, bool required)
    {
        var text = call.Arg("text");
        JsonArray? blocks = null;
        if (call.Arguments["blocks"] is not null)
        {
            blocks = call.ArgJson("blocks") as JsonArray ?? throw new FakeSlackError("invalid_blocks_format");
            FakeBlockLimits.Check(blocks);
        }

        if (text?.Length > MaxText)
        {
            throw new FakeSlackError("msg_too_long");
        }

        if (required && string.IsNullOrEmpty(text) && blocks is not { Count: > 0 } && call.Arguments["attachments"] is null)
        {
            throw new FakeSlackError("no_text");
        }

        return (text, blocks);
    }
}
