using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Slack.Inbound;

/// <summary>
/// Posts replies to <c>response_url</c>s with <see cref="HttpClient"/>. The action the reply is about is
/// already recorded, so a reply Slack does not take is logged and dropped rather than failing the action.
/// The address is a capability: it is never logged.
/// </summary>
public sealed partial class SlackResponseUrlClient(IHttpClientFactory clients, ILogger<SlackResponseUrlClient> logger) : ISlackResponder
{
    /// <summary>The name of the <see cref="HttpClient"/> this client uses.</summary>
    public const string HttpClientName = "Slack.ResponseUrl";

    public async Task RespondAsync(Uri responseUrl, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        var reply = new JsonObject { ["response_type"] = "ephemeral", ["replace_original"] = false, ["text"] = Outbound.SlackMrkdwn.Escape(text) };
        var http = clients.CreateClient(HttpClientName);
        try
        {
            using var response = await http.PostAsJsonAsync(responseUrl, reply, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, (int)response.StatusCode);
            }
        }
        catch (HttpRequestException error)
        {
            LogUnreachable(logger, error.Message);
        }
        catch (TaskCanceledException error) when (error.InnerException is TimeoutException)
        {
            LogUnreachable(logger, error.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack refused a reply to a response_url with status {Status}; the person who acted does not see it")]
    private static partial void LogRefused(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A reply to a response_url did not reach Slack ({Error}); the person who acted does not see it")]
    private static partial void LogUnreachable(ILogger logger, string error);
}
