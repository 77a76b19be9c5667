using System.Text.Json.Nodes;

namespace IncidentBot.Slack.WebApi;

/// <summary><see href="https://docs.slack.dev/reference/methods/auth.test">auth.test</see>: who the bot token belongs to.</summary>
public sealed class AuthApi(SlackApiTransport transport)
{
    public static readonly SlackMethod TestMethod = new("auth.test");

    public async Task<SlackAuth> TestAsync(CancellationToken cancellationToken = default)
    {
        var response = await transport.CallAsync(TestMethod, new JsonObject(), cancellationToken).ConfigureAwait(false);
        var method = TestMethod.Name;
        return new SlackAuth(
            new Uri(SlackResponse.Required(response, method, "url")),
            SlackResponse.Required(response, method, "team"),
            SlackResponse.Required(response, method, "team_id"),
            SlackResponse.Required(response, method, "user"),
            SlackResponse.Required(response, method, "user_id"),
            SlackResponse.Optional(response, "bot_id"));
    }
}
