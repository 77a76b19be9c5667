using System.Collections.Concurrent;
using System.Text.Json;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Commands;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Workflow;
using IncidentBot.Slack.Outbound;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Slack.Inbound;

/// <summary>
/// Events API callbacks (https://docs.slack.dev/apis/events-api/), each handled once by its <c>event_id</c>:
/// people's messages in incident channels become the transcript (edits and deletions followed, see
/// https://docs.slack.dev/reference/events/message), reactions may promote them, <c>@bot &lt;subcommand&gt;</c>
/// runs the subcommand. The bot's own messages and classic <c>bot_message</c>s are ignored. Slack retries an
/// event it got no answer to within 3 seconds: a retry that arrives while the first attempt still runs waits
/// for it, and handles the event itself if that attempt fails (it gives the key back), so a slow attempt that
/// then fails does not lose the event to a retry already answered as a repeat.
/// </summary>
public sealed partial class SlackEventHandler(
    TranscriptCapture capture,
    CommandRouter commands,
    IInboxStore inbox,
    ISlackBotIdentity bot,
    ISlackMessageMap messages,
    ISlackEphemeral ephemeral,
    TimeProvider time,
    ILogger<SlackEventHandler> logger)
{
    /// <summary>Attempts running in this process by inbox key; each completes with whether it handled the event.</summary>
    private readonly ConcurrentDictionary<string, Task<bool>> _running = new(StringComparer.Ordinal);

    /// <summary>
    /// The longest <c>event_id</c> taken (Slack's are about ten characters, <c>Ev0PV52K21</c>): it becomes a stored key,
    /// and the database refuses keys over about 1 KB, so a longer one is refused as malformed instead of failing the write.
    /// </summary>
    public const int LongestEventId = 128;

    /// <summary>The inbox key of an event: retries of one event carry the same <c>event_id</c>.</summary>
    public static string InboxKey(string eventId) => "slack:event:" + eventId;

    public async Task HandleAsync(JsonElement callback, CancellationToken cancellationToken = default)
    {
        var type = callback.String("type");
        if (type == "app_rate_limited")
        {
            LogAppRateLimited(logger, callback.String("team_id"));
            return;
        }

        if (type != "event_callback" || callback.String("event_id") is not { Length: > 0 and <= LongestEventId } eventId || callback.Object("event") is not { } item)
        {
            LogIgnored(logger, type, null);
            return;
        }

        var key = InboxKey(eventId);
        var attempt = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        while (!_running.TryAdd(key, attempt.Task))
        {
            if (_running.TryGetValue(key, out var first) && await first.WaitAsync(cancellationToken).ConfigureAwait(false))
            {
                LogRepeat(logger, eventId);
                return;
            }
        }

        var handled = false;
        try
        {
            await HandleOnceAsync(key, eventId, type, item, callback, cancellationToken).ConfigureAwait(false);
            handled = true;
        }
        finally
        {
            _running.TryRemove(new KeyValuePair<string, Task<bool>>(key, attempt.Task));
            attempt.SetResult(handled);
        }
    }

    /// <summary>Handles the event unless the inbox has it already; a failure gives the key back, so a retry runs it again.</summary>
    private async Task HandleOnceAsync(string key, string eventId, string? type, JsonElement item, JsonElement callback, CancellationToken cancellationToken)
    {
        if (!await inbox.TryAcceptAsync(key, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            LogRepeat(logger, eventId);
            return;
        }

        try
        {
            await DispatchAsync(type, item, callback, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            await inbox.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private async Task DispatchAsync(string? type, JsonElement item, JsonElement callback, CancellationToken cancellationToken)
    {
        var about = item.String("type");
        switch (about)
        {
            case "message":
                await OnMessageAsync(item, cancellationToken).ConfigureAwait(false);
                break;
            case "reaction_added":
                await OnReactionAsync(item, cancellationToken).ConfigureAwait(false);
                break;
            case "app_mention":
                await OnMentionAsync(item, cancellationToken).ConfigureAwait(false);
                break;
            case "tokens_revoked" or "app_uninstalled":
                LogLostAccess(logger, about, callback.String("team_id"));
                break;
            default:
                LogIgnored(logger, type, about);
                break;
        }
    }

    private async Task OnMessageAsync(JsonElement message, CancellationToken cancellationToken)
    {
        var channel = message.String("channel");
        switch (message.String("subtype"))
        {
            case null or "thread_broadcast" or "file_share" or "me_message":
                await CaptureAsync(message, channel, message.String("ts"), message.String("ts"), cancellationToken).ConfigureAwait(false);
                break;
            case "message_changed" when message.Object("message") is { } edited:
                // An unfurl or an attachment also "changes" a message; only a new text changes the transcript.
                if (edited.String("text") != message.String("previous_message", "text"))
                {
                    var ts = edited.String("ts") ?? message.String("previous_message", "ts");
                    await CaptureAsync(edited, channel, ts, edited.String("edited", "ts") ?? message.String("ts"), cancellationToken).ConfigureAwait(false);
                }

                break;
            case "message_deleted" when channel is not null && message.String("deleted_ts") is { } deleted:
                await capture.DeleteAsync(channel, await messages.CoreIdAsync(channel, deleted, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                break;
            default:
                LogIgnored(logger, "message", message.String("subtype"));
                break;
        }
    }

    private async Task CaptureAsync(JsonElement message, string? channel, string? ts, string? atTs, CancellationToken cancellationToken)
    {
        // The ts is the message's id in its channel and becomes part of a stored key: one that is not a Slack
        // timestamp (an edit can name any) is not a message Slack sent, and is ignored rather than failing the write.
        if (channel is null || !SlackTimestamp.TryParse(ts, out _) || message.String("subtype") == "bot_message"
            || message.ToPersonMessage(channel, ts, atTs, await bot.GetAsync(cancellationToken).ConfigureAwait(false)) is not { } captured)
        {
            return;
        }

        await capture.CaptureAsync(captured, cancellationToken).ConfigureAwait(false);
    }

    private async Task OnReactionAsync(JsonElement reaction, CancellationToken cancellationToken)
    {
        if (reaction.String("item", "type") != "message" || reaction.String("item", "channel") is not { } channel
            || reaction.String("item", "ts") is not { } ts || reaction.String("user") is not { } user
            || reaction.String("reaction") is not { } emoji || await IsFromBotAsync(reaction, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var at = SlackTimestamp.TryParse(reaction.String("event_ts"), out var reactedAt) ? reactedAt : time.GetUtcNow();
        var messageId = await messages.CoreIdAsync(channel, ts, cancellationToken).ConfigureAwait(false);
        await capture.ReactAsync(new MessageReaction(new ChatUser(SlackOutboxKinds.Platform, user), channel, messageId, emoji, at), cancellationToken).ConfigureAwait(false);
    }

    private async Task OnMentionAsync(JsonElement mention, CancellationToken cancellationToken)
    {
        var identity = await bot.GetAsync(cancellationToken).ConfigureAwait(false);
        if (mention.String("channel") is not { } channel || mention.String("user") is not { } user || mention.IsBy(identity))
        {
            return;
        }

        var text = SlackText.AfterMentionOf(mention.String("text") ?? "", identity.UserId) is { } after ? SlackText.Unescape(after) : null;
        if (text is null || !commands.IsCommand(text))
        {
            LogMentionIgnored(logger, channel);
            return;
        }

        var reply = await commands.DispatchAsync(new CommandInvocation(new ChatUser(SlackOutboxKinds.Platform, user), channel, text, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        await ephemeral.WhisperAsync(channel, user, reply.Text, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> IsFromBotAsync(JsonElement item, CancellationToken cancellationToken)
    {
        return item.IsBy(await bot.GetAsync(cancellationToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack event {EventId} was handled already; this redelivery changes nothing")]
    private static partial void LogRepeat(ILogger logger, string eventId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack sent {Type} ({Detail}); the bot does nothing with it")]
    private static partial void LogIgnored(ILogger logger, string? type, string? detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack stopped sending events to team {TeamId} for a minute: the app is over the Events API rate limit")]
    private static partial void LogAppRateLimited(ILogger logger, string? teamId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack says {Event} for team {TeamId}: the bot can no longer act there until it is reinstalled")]
    private static partial void LogLostAccess(ILogger logger, string? @event, string? teamId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A mention of the bot in {Channel} names no subcommand; ignored")]
    private static partial void LogMentionIgnored(ILogger logger, string channel);

}
