using IncidentBot.Core;
using IncidentBot.Core.Chat;
using IncidentBot.Endpoints;

namespace IncidentBot.Alerts;

/// <summary>
/// Handles a verified SNS subscription confirmation: opens its <c>SubscribeURL</c> when it is an SNS address and
/// confirming is on, and always tells the admins, in the log and in the incidents channel (when there is one), so
/// they see that a topic subscribed and can confirm by hand. Nothing of it goes on an incident's timeline.
/// </summary>
public sealed partial class SnsSubscriptions(
    ISnsSubscriptionConfirmer confirmer, IChatPlatform chat, IncidentSettings settings, ILogger<SnsSubscriptions> logger)
{
    public async Task<IResult> ConfirmAsync(SnsMessage message, bool confirm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var url = message.SubscribeUrl!;
        if (!SnsAddresses.IsSubscribeUrl(url))
        {
            LogNotSns(logger, message.TopicArn);
            return RawBody.Problem(StatusCodes.Status400BadRequest, "'SubscribeURL' is not an https ConfirmSubscription address on an Amazon SNS host");
        }

        if (!confirm)
        {
            LogConfirmByHand(logger, message.TopicArn, url);
            await NoticeAsync($"Amazon SNS topic `{message.TopicArn}` asks to send CloudWatch alarms here. To confirm, open {url}", cancellationToken).ConfigureAwait(false);
            return Results.Json(new { subscription = "pending", confirmByOpening = url });
        }

        try
        {
            await confirmer.ConfirmAsync(new Uri(url), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogConfirmFailed(logger, message.TopicArn, url, exception.Message);
            await NoticeAsync($"Amazon SNS topic `{message.TopicArn}` asks to send CloudWatch alarms here, but confirming failed. To confirm, open {url}", cancellationToken).ConfigureAwait(false);
            return Results.Json(new { subscription = "pending", confirmByOpening = url }, statusCode: StatusCodes.Status502BadGateway);
        }

        LogConfirmed(logger, message.TopicArn);
        await NoticeAsync($"Amazon SNS topic `{message.TopicArn}` is subscribed: its CloudWatch alarms now open incidents.", cancellationToken).ConfigureAwait(false);
        return Results.Json(new { subscription = "confirmed" });
    }

    /// <summary>A message in the incidents channel about no incident, so it is on no timeline.</summary>
    private async Task NoticeAsync(string text, CancellationToken cancellationToken)
    {
        if (settings.IncidentsChannelId is { } channel)
        {
            await chat.PostAsync(channel, new ChatMessage(text), cancellationToken).ConfigureAwait(false);
        }
    }

    public IResult Unsubscribed(SnsMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        LogUnsubscribed(logger, message.TopicArn);
        return Results.Json(new { subscription = "ended" });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Amazon SNS topic {TopicArn} subscribed the bot: confirmed, CloudWatch alarms of this topic now open incidents")]
    private static partial void LogConfirmed(ILogger logger, string? topicArn);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Amazon SNS topic {TopicArn} asks to subscribe the bot; to confirm, open {SubscribeUrl}")]
    private static partial void LogConfirmByHand(ILogger logger, string? topicArn, string subscribeUrl);

    [LoggerMessage(Level = LogLevel.Error, Message = "Amazon SNS topic {TopicArn} asks to subscribe the bot, but confirming failed ({Reason}); to confirm by hand, open {SubscribeUrl}")]
    private static partial void LogConfirmFailed(ILogger logger, string? topicArn, string subscribeUrl, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Amazon SNS topic {TopicArn} sent a subscription confirmation whose SubscribeURL is not on an SNS host; it was not opened")]
    private static partial void LogNotSns(ILogger logger, string? topicArn);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Amazon SNS topic {TopicArn} unsubscribed the bot: its alarms no longer arrive")]
    private static partial void LogUnsubscribed(ILogger logger, string? topicArn);
}
