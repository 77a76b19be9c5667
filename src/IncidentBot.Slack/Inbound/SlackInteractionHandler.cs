using System.Text.Json;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Commands;
using IncidentBot.Core.Workflow;
using Microsoft.Extensions.Logging;
using IncidentBot.Slack.Outbound;

namespace IncidentBot.Slack.Inbound;

/// <summary>
/// Interactivity payloads (https://docs.slack.dev/reference/interaction-payloads/): button presses
/// (<c>block_actions</c>) go to the core's buttons, the "Add to timeline" message shortcut
/// (<c>message_action</c>) promotes the message; the answer reaches the person who acted through the
/// payload's <c>response_url</c>. A button pressed in a direct message (a page) is answered in the message too:
/// the pressed button makes way for the answer, so on a page for several incidents the others keep theirs.
/// Modals and global shortcuts are acknowledged (the bot opens none yet).
/// </summary>
public sealed partial class SlackInteractionHandler(
    ButtonRouter buttons,
    TranscriptCapture capture,
    ISlackBotIdentity bot,
    ISlackMessageMap messages,
    ISlackResponder responder,
    ISlackMessageEditor editor,
    TimeProvider time,
    ILogger<SlackInteractionHandler> logger)
{
    /// <summary>The <c>callback_id</c> of the "Add to timeline" message shortcut in the app manifest.</summary>
    public const string AddToTimelineCallbackId = "add_to_timeline";

    public async Task<SlackAck> HandleAsync(JsonElement payload, CancellationToken cancellationToken = default)
    {
        var type = payload.String("type");
        switch (type)
        {
            case "block_actions":
                await OnBlockActionsAsync(payload, cancellationToken).ConfigureAwait(false);
                break;
            case "message_action" when payload.String("callback_id") == AddToTimelineCallbackId:
                await OnAddToTimelineAsync(payload, cancellationToken).ConfigureAwait(false);
                break;
            default:
                // view_submission and view_closed want an empty 200 (it closes the modal); shortcuts just an ack.
                LogNotHandled(logger, type, payload.String("callback_id") ?? payload.String("view", "callback_id"));
                break;
        }

        return SlackAck.Empty;
    }

    private async Task OnBlockActionsAsync(JsonElement payload, CancellationToken cancellationToken)
    {
        var channel = payload.String("container", "channel_id") ?? payload.String("channel", "id");
        var ts = payload.String("container", "message_ts") ?? payload.String("message", "ts");
        if (payload.String("user", "id") is not { } userId || channel is null || ts is null)
        {
            LogNotOnAMessage(logger, payload.String("container", "type"));
            return;
        }

        var user = new ChatUser(SlackOutboxKinds.Platform, userId, payload.String("user", "username") ?? payload.String("user", "name"));
        var messageId = await messages.CoreIdAsync(channel, ts, cancellationToken).ConfigureAwait(false);
        foreach (var action in payload.Items("actions"))
        {
            if (action.String("action_id") is not { } actionId)
            {
                continue;
            }

            var value = action.String("value") ?? action.String("selected_option", "value") ?? "";
            var reply = await buttons.DispatchAsync(new ButtonPress(user, channel, messageId, actionId, value, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            await ReplyAsync(payload, reply.Text, cancellationToken).ConfigureAwait(false);
            await AnswerOnPageAsync(payload, channel, ts, actionId, value, reply.Text, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>In a direct message (ids starting with D), the pressed button is replaced by the answer.</summary>
    private async Task AnswerOnPageAsync(JsonElement payload, string channel, string ts, string actionId, string value, string answer, CancellationToken cancellationToken)
    {
        if (channel.StartsWith('D') && payload.Object("message") is { } message && message.Find("blocks") is { } blocks
            && SlackAnsweredButton.Replace(blocks, actionId, value, answer) is { } answered)
        {
            await editor.ReplaceBlocksAsync(channel, ts, message.String("text") ?? answer, answered, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OnAddToTimelineAsync(JsonElement payload, CancellationToken cancellationToken)
    {
        var message = payload.Object("message");
        var ts = payload.String("message_ts") ?? message?.String("ts");
        if (payload.String("channel", "id") is not { } channel || ts is null || message is not { } shared)
        {
            LogNotOnAMessage(logger, "message_action");
            return;
        }

        var messageId = await messages.CoreIdAsync(channel, ts, cancellationToken).ConfigureAwait(false);
        var promotion = await capture.PromoteAsync(channel, messageId, cancellationToken).ConfigureAwait(false);
        if (promotion == Promotion.NotCaptured && await CaptureAsync(shared, channel, messageId, ts, cancellationToken).ConfigureAwait(false))
        {
            promotion = await capture.PromoteAsync(channel, messageId, cancellationToken).ConfigureAwait(false);
        }

        var answer = promotion switch
        {
            Promotion.Promoted => "Added to the incident timeline, at the message's own time.",
            Promotion.AlreadyOnTimeline => "That message is already on the incident timeline.",
            Promotion.Deleted => "That message was deleted, so it stays off the timeline.",
            _ => "Only messages in an incident channel can be added to its timeline.",
        };
        await ReplyAsync(payload, answer, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> CaptureAsync(JsonElement message, string channel, string messageId, string ts, CancellationToken cancellationToken) =>
        message.ToPersonMessage(channel, messageId, ts, await bot.GetAsync(cancellationToken).ConfigureAwait(false)) is { } captured
        && await capture.CaptureAsync(captured, cancellationToken).ConfigureAwait(false);

    private async Task ReplyAsync(JsonElement payload, string text, CancellationToken cancellationToken)
    {
        if (ResponseUrl(payload) is not { } responseUrl)
        {
            LogNoResponseUrl(logger, payload.String("type"));
            return;
        }

        await responder.RespondAsync(responseUrl, text, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The payload's <c>response_url</c> when it is https (or http on loopback, for tests), else null.</summary>
    private static Uri? ResponseUrl(JsonElement payload) =>
        Uri.TryCreate(payload.String("response_url"), UriKind.Absolute, out var url)
        && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
            ? url
            : null;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack interaction {Type} ({CallbackId}) acknowledged; the bot does nothing with it yet")]
    private static partial void LogNotHandled(ILogger logger, string? type, string? callbackId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack interaction on a {Container} that is not a channel message; ignored")]
    private static partial void LogNotOnAMessage(ILogger logger, string? container);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack interaction {Type} came without a usable response_url; its reply is not shown")]
    private static partial void LogNoResponseUrl(ILogger logger, string? type);
}
