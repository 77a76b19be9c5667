using System.Net;
using System.Net.Http.Json;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Slack.Testing;
using IncidentBot.Tests.Host;
using IncidentBot.Tests.Rollbacks;

namespace IncidentBot.Tests.Slack;

/// <summary>
/// The real host on Slack against a fake Slack on loopback: people in the fake workspace are the bot's
/// people by email, a rollback webhook answers, and requests are signed as Slack signs them.
/// </summary>
public sealed class SlackWorld : IAsyncDisposable
{
    public const string BotToken = "xoxb-test-bot-token";
    public const string SigningSecret = "slack-signing-secret-for-tests";
    public const string ReportsChannel = "C0REPORTS";
    public const string Form = "application/x-www-form-urlencoded";

    private SlackWorld(FakeSlackServer slack, FakeDeployWebhook deploy, BotFactory bot)
    {
        Slack = slack;
        Deploy = deploy;
        Bot = bot;
        Client = bot.CreateClient();
    }

    public FakeSlackServer Slack { get; }

    public FakeDeployWebhook Deploy { get; }

    public BotFactory Bot { get; }

    public HttpClient Client { get; }

    public static async Task<SlackWorld> StartAsync(Action<BotFactory>? configure = null)
    {
        var slack = await FakeSlackServer.StartAsync();
        slack.BotToken = BotToken;
        slack.AddUser("U0ADA", "ada", "ada@example.com", "Ada Mensah");
        slack.AddUser("U0KOFI", "kofi", "kofi@example.com", "Kofi Boateng");
        slack.AddUser("U0FOSTER", "foster", "foster@example.com", "Foster Adu-Gyamfi");
        slack.AddChannel(ReportsChannel, "incident-reports");
        var deploy = await FakeDeployWebhook.StartAsync();
        var bot = new BotFactory();
        bot.Settings["Slack:BotToken"] = BotToken;
        bot.Settings["Slack:SigningSecret"] = SigningSecret;
        bot.Settings["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString();
        bot.Settings["Slack:PostInterval"] = "00:00:00";
        bot.Settings["Slack:ReportsChannel"] = ReportsChannel;
        bot.Settings["People:0:Email"] = "ada@example.com";
        bot.Settings["People:1:Email"] = "kofi@example.com";
        bot.Settings["People:2:Email"] = "foster@example.com";
        bot.Settings["Services:api:RollbackUrl"] = new Uri(deploy.BaseAddress, "rollback").ToString();
        bot.Settings["Services:api:Secret"] = RollbackBot.Secret;
        configure?.Invoke(bot);
        return new SlackWorld(slack, deploy, bot);
    }

    /// <summary>A signed slash command from a person in a channel; returns the ephemeral reply.</summary>
    public async Task<string> CommandAsync(string userId, string channelId, string text)
    {
        using var response = await SendSignedAsync("/slack/commands", CommandForm(userId, channelId, text), Form);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        return body.Length == 0 ? "" : JsonNode.Parse(body)!["text"]!.GetValue<string>();
    }

    /// <summary>The form body Slack posts for a slash command typed by a person in a channel.</summary>
    public static string CommandForm(string userId, string channelId, string text, string command = "/incident") =>
        string.Join('&', new Dictionary<string, string>
        {
            ["token"] = "legacy", ["team_id"] = FakeSlackServer.TeamId, ["team_domain"] = "fake", ["channel_id"] = channelId,
            ["channel_name"] = "incident", ["user_id"] = userId, ["user_name"] = userId.ToLowerInvariant(), ["command"] = command,
            ["text"] = text, ["response_url"] = "https://hooks.slack.example/commands/1", ["trigger_id"] = TriggerId(),
        }.Select(field => $"{Uri.EscapeDataString(field.Key)}={Uri.EscapeDataString(field.Value)}"));

    /// <summary>Posts a body signed as Slack signs it (now, unless <paramref name="signedAt"/>) and returns the answer as it is.</summary>
    public async Task<HttpResponseMessage> SendSignedAsync(string path, string body, string contentType, DateTimeOffset? signedAt = null)
    {
        using var request = SlackSigner.Signed(path, body, contentType, SigningSecret, signedAt ?? DateTimeOffset.UtcNow);
        return await Client.SendAsync(request);
    }

    /// <summary>
    /// A signed button press (block_actions) on a message the bot posted, as Slack sends it (the message's text and
    /// blocks included); <paramref name="value"/> picks one of several buttons with the same action.
    /// </summary>
    public async Task PressAsync(string userId, FakeSlackMessage message, string actionId, string? value = null)
    {
        using var response = await SendSignedAsync("/slack/interactions", PressForm(userId, message, actionId, value), Form);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The form body Slack posts when a person presses a button on a message the bot posted.</summary>
    public static string PressForm(string userId, FakeSlackMessage message, string actionId, string? value = null)
    {
        var button = message.Buttons().First(e => e!["action_id"]!.GetValue<string>() == actionId && (value is null || e["value"]!.GetValue<string>() == value))!;
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["team"] = new JsonObject { ["id"] = FakeSlackServer.TeamId },
            ["user"] = new JsonObject { ["id"] = userId, ["username"] = userId.ToLowerInvariant() },
            ["channel"] = new JsonObject { ["id"] = message.Channel },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = message.Ts, ["channel_id"] = message.Channel },
            ["message"] = new JsonObject { ["ts"] = message.Ts, ["type"] = "message", ["text"] = message.Text, ["blocks"] = message.Blocks!.DeepClone() },
            ["trigger_id"] = TriggerId(),
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "button", ["action_id"] = actionId, ["block_id"] = "b1", ["value"] = button["value"]!.GetValue<string>(),
                ["action_ts"] = "1716000000.000001",
            }),
        };
        return "payload=" + Uri.EscapeDataString(payload.ToJsonString());
    }

    /// <summary>
    /// A new trigger id, as Slack gives every command and interaction: so two identical presses or commands are two
    /// requests with two signatures, never a replay of one.
    /// </summary>
    private static string TriggerId() => $"1.2.{Guid.NewGuid():N}";

    /// <summary>A signed Events API callback.</summary>
    public async Task EventAsync(string eventId, JsonObject item)
    {
        using var response = await SendSignedAsync("/slack/events", EventCallback(eventId, item), "application/json");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The body of an Events API callback carrying one event.</summary>
    public static string EventCallback(string eventId, JsonObject item) => new JsonObject
    {
        ["token"] = "legacy", ["team_id"] = FakeSlackServer.TeamId, ["api_app_id"] = FakeSlackServer.AppId, ["type"] = "event_callback",
        ["event_id"] = eventId, ["event_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["event"] = item,
    }.ToJsonString();

    public async Task PostAlertAsync()
    {
        var content = new ByteArrayContent(TestPayloads.Bytes("Fixtures", "alerts", "alertmanager-api.json"));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/alerts/alertmanager") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.AlertToken);
        (await Client.SendAsync(request)).EnsureSuccessStatusCode();
    }

    /// <summary>A generic alert (<c>POST /alerts/generic</c>); returns the status code.</summary>
    public async Task<HttpStatusCode> PostGenericAlertAsync(object alert)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/alerts/generic") { Content = JsonContent.Create(alert) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.AlertToken);
        using var response = await Client.SendAsync(request);
        return response.StatusCode;
    }

    public async Task PostChangeAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/changes")
        {
            Content = JsonContent.Create(new { service = "api", version = "2.0", previous = "1.9", by = "kofi", description = "new auth client" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.ChangesToken);
        (await Client.SendAsync(request)).EnsureSuccessStatusCode();
    }

    /// <summary>A new alert group of the generic source (its own incident), titled <paramref name="title"/>.</summary>
    public async Task PostGenericAlertAsync(string id, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/alerts/generic")
        {
            Content = JsonContent.Create(new { title, status = "firing", id, groupKey = id, service = "api", severity = "sev2", startsAt = DateTimeOffset.UtcNow }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.AlertToken);
        (await Client.SendAsync(request)).EnsureSuccessStatusCode();
    }

    public async Task<JsonElement> IncidentAsync(int number = 1)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/incidents/{number}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.ApiToken);
        using var response = await Client.SendAsync(request);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
    }

    public async Task<List<string>> KindsAsync()
    {
        var incident = await IncidentAsync();
        return incident.ValueKind == JsonValueKind.Undefined
            ? []
            : incident.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!).ToList();
    }

    /// <summary>Waits until the fake Slack shows what a person would see.</summary>
    public static async Task<T> SeenAsync<T>(Func<T?> look, string what, int seconds = 15)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (look() is { } seen)
            {
                return seen;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Never saw {what} in Slack.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits until a condition on the bot's own state holds.</summary>
    public static async Task SeenAsync(Func<Task<bool>> look, string what, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await look())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Never saw {what}.");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Bot.DisposeAsync();
        await Deploy.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
