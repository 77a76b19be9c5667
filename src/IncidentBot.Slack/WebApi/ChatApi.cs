using System.Text.Json.Nodes;

namespace IncidentBot.Slack.WebApi;

/// <summary>
/// The <c>chat.*</c> methods (<see href="https://docs.slack.dev/reference/methods/chat.postMessage"/> and
/// siblings). <c>text</c> is always sent: it is the notification and the fallback for <c>blocks</c>. Posts are
/// paced per channel by <see cref="ChannelPostPacer"/>.
/// </summary>
public sealed class ChatApi(SlackApiTransport transport, ChannelPostPacer pacer)
{
    public static readonly SlackMethod PostMessageMethod = new("chat.postMessage") { Repeatable = false };
    public static readonly SlackMethod UpdateMethod = new("chat.update");
    public static readonly SlackMethod PostEphemeralMethod = new("chat.postEphemeral");
    public static readonly SlackMethod GetPermalinkMethod = new("chat.getPermalink", SlackBodyEncoding.Form);

    /// <summary>
    /// Posts a message; <paramref name="channel"/> may be a channel id or a user id (the bot's DM with them).
    /// <paramref name="metadata"/> (<c>event_type</c>, <c>event_payload</c>) is for apps, not people: it comes back in
    /// <c>conversations.history</c> with <c>include_all_metadata</c> (https://docs.slack.dev/messaging/message-metadata).
    /// </summary>
    public async Task<SlackMessageRef> PostMessageAsync(
        string channel, string text, JsonArray? blocks = null, JsonObject? metadata = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentNullException.ThrowIfNull(text);
        await pacer.WaitTurnAsync(channel, cancellationToken).ConfigureAwait(false);
        var arguments = Message(channel, text, blocks);
        arguments["metadata"] = metadata?.DeepClone();
        var response = await transport.CallAsync(PostMessageMethod, arguments, cancellationToken).ConfigureAwait(false);
        var method = PostMessageMethod.Name;
        return new SlackMessageRef(SlackResponse.Required(response, method, "channel"), SlackResponse.Required(response, method, "ts"));
    }

    /// <summary>
    /// Replaces a message's text, and its blocks when <paramref name="blocks"/> is given (Slack keeps the old
    /// blocks otherwise; an empty array removes them).
    /// </summary>
    public async Task UpdateAsync(string channel, string ts, string text, JsonArray? blocks = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ts);
        var arguments = Message(channel, text, blocks);
        arguments["ts"] = ts;
        await transport.CallAsync(UpdateMethod, arguments, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Shows a message to one member of a channel only; returns its <c>message_ts</c>.</summary>
    public async Task<string> PostEphemeralAsync(string channel, string user, string text, JsonArray? blocks = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        var arguments = Message(channel, text, blocks);
        arguments["user"] = user;
        var response = await transport.CallAsync(PostEphemeralMethod, arguments, cancellationToken).ConfigureAwait(false);
        return SlackResponse.Required(response, PostEphemeralMethod.Name, "message_ts");
    }

    public async Task<Uri> GetPermalinkAsync(string channel, string messageTs, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentException.ThrowIfNullOrEmpty(messageTs);
        var arguments = new JsonObject { ["channel"] = channel, ["message_ts"] = messageTs };
        var response = await transport.CallAsync(GetPermalinkMethod, arguments, cancellationToken).ConfigureAwait(false);
        return new Uri(SlackResponse.Required(response, GetPermalinkMethod.Name, "permalink"));
    }

    private static JsonObject Message(string channel, string text, JsonArray? blocks)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentNullException.ThrowIfNull(text);
        return new JsonObject { ["channel"] = channel, ["text"] = text, ["blocks"] = blocks?.DeepClone() };
    }
}
