using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IncidentBot.Core.Outbox;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Slack.Inbound;

/// <summary>
/// Posts replies to <c>response_url</c>s with <see cref="HttpClient"/>. The bot's replies go through the outbox
/// (<see cref="SendAsync"/> tells it whether to try again); <see cref="RespondAsync"/>, for hosts without
/// one, logs a reply Slack does not take rather than failing the action it is about. The address is a
/// capability: it is never logged.
/// </summary>
public sealed partial class SlackResponseUrlClient(IHttpClientFactory clients, ILogger<SlackResponseUrlClient> logger) : ISlackResponder
{
    /// <summary>The name of the <see cref="HttpClient"/> this client uses.</summary>
    public const string HttpClientName = "Slack.ResponseUrl";

    public async Task RespondAsync(Uri responseUrl, string text, CancellationToken cancellationToken = default)
    {
        var delivery = await SendAsync(responseUrl, text, cancellationToken).ConfigureAwait(false);
        if (delivery.Result != OutboxDeliveryResult.Delivered)
        {
            LogNotShown(logger, delivery.Error);
        }
    }

    /// <summary>
    /// Posts the reply and says how it went: Slack refusing it with a 4xx (the address expired, 30 minutes after
    /// the action, or was used up) is for good; rate limits, 5xx, timeouts and network errors may pass.
    /// </summary>
    public async Task<OutboxDelivery> SendAsync(Uri responseUrl, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        var reply = new JsonObject { ["response_type"] = "ephemeral", ["replace_original"] = false, ["text"] = Outbound.SlackMrkdwn.Truncate(Outbound.SlackMrkdwn.Escape(text), Outbound.SlackLimits.MessageText) };
        var http = clients.CreateClient(HttpClientName);
        try
        {
            using var response = await http.PostAsJsonAsync(responseUrl, reply, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? OutboxDelivery.Delivered()
                : status == 429 || status >= 500 ? OutboxDelivery.RetryLater($"response_url answered {status}", response.Headers.RetryAfter?.Delta)
                : OutboxDelivery.Rejected($"response_url answered {status}");
        }
        catch (HttpRequestException error)
        {
            return OutboxDelivery.RetryLater($"response_url unreachable: {error.HttpRequestError}");
        }
        catch (TaskCanceledException error) when (error.InnerException is TimeoutException)
        {
            return OutboxDelivery.RetryLater("response_url timed out");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A reply to a response_url was not shown ({Error}); the person who acted does not see it")]
    private static partial void LogNotShown(ILogger logger, string? error);
}
