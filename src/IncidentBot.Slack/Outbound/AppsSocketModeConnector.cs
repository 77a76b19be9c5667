using System.Net.Http;
using IncidentBot.Slack.SocketMode;
using IncidentBot.Slack.WebApi;
using Polly.Timeout;

namespace IncidentBot.Slack.Outbound;

/// <summary>
/// Gets a Socket Mode WebSocket address from <c>apps.connections.open</c> (with the app-level token), turning
/// Slack's refusals into <see cref="SocketModeConnectException"/> and timeouts into network errors, which
/// the Socket Mode client retries or stops on.
/// </summary>
public sealed class AppsSocketModeConnector(SlackApiClient slack) : ISocketModeConnector
{
    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await slack.Apps.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException e)
        {
            throw new SocketModeConnectException(e.Error);
        }
        catch (TimeoutRejectedException e)
        {
            throw new HttpRequestException("apps.connections.open timed out", e);
        }
    }
}
