using System.Text.Json;
using IncidentBot.Core.Chat;
using IncidentBot.Slack.Outbound;

namespace IncidentBot.Slack.Inbound;

/// <summary>Reads a Slack message object (https://docs.slack.dev/reference/objects/message-object) for the core.</summary>
internal static class SlackMessageJson
{
    /// <summary>Whether a message or event is by the bot: its <c>user</c> is the bot user, or its <c>bot_id</c> the bot's.</summary>
    public static bool IsBy(this JsonElement item, SlackBotInfo bot) =>
        item.String("user") == bot.UserId || (bot.BotId is not null && item.String("bot_id") == bot.BotId);

    /// <summary>A person's message as the transcript keeps it (plain text, no permalink yet), or null without an author.</summary>
    public static ChannelMessage? ToChannelMessage(this JsonElement message, string channelId, string messageId, DateTimeOffset at) =>
        message.String("user") is { } user
            ? new ChannelMessage(new ChatUser(SlackOutboxKinds.Platform, user), channelId, messageId, SlackText.Unescape(message.String("text") ?? ""), at, null)
            : null;

    /// <summary>
    /// A person's message at its own time (<paramref name="ts"/>, Slack's timestamp), or null when it has no author,
    /// no readable time, or is the bot's own.
    /// </summary>
    public static ChannelMessage? ToPersonMessage(this JsonElement message, string channelId, string messageId, string? ts, SlackBotInfo bot) =>
        SlackTimestamp.TryParse(ts, out var at) && !message.IsBy(bot) ? message.ToChannelMessage(channelId, messageId, at) : null;
}
