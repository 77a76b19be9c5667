using System.Text.Json.Nodes;

namespace IncidentBot.Slack.WebApi;

/// <summary>
/// <see href="https://docs.slack.dev/reference/methods/apps.connections.open">apps.connections.open</see>:
/// a Socket Mode WebSocket address, asked for with the app-level token.
/// </summary>
public sealed class AppsApi(SlackApiTransport transport)
{
    public static readonly SlackMethod ConnectionsOpenMethod = new("apps.connections.open", SlackBodyEncoding.Json, SlackTokenKind.App);

    /// <summary>Returns a fresh <c>wss://</c> address; each may be used for one connection.</summary>
    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var response = await transport.CallAsync(ConnectionsOpenMethod, new JsonObject(), cancellationToken).ConfigureAwait(false);
        return new Uri(SlackResponse.Required(response, ConnectionsOpenMethod.Name, "url"));
    }
}
