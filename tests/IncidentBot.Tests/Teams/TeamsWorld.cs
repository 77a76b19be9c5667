using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Teams.Testing.Connector;
using IncidentBot.Teams.Testing.Graph;
using IncidentBot.Teams.Testing.Identity;
using IncidentBot.Tests.Host;
using IncidentBot.Tests.Rollbacks;

namespace IncidentBot.Tests.Teams;

/// <summary>
/// The real host on Teams against Microsoft's side faked on loopback: the Bot Framework's signing keys (activities
/// arrive with tokens minted by the test), the Entra token endpoint, the Bot Connector, which checks every call
/// against its published API, and Microsoft Graph with the incidents team (used once <c>Teams:IncidentsTeamId</c> is
/// set to <see cref="IncidentsTeamGroupId"/>). Ada, Kofi and Foster (the manager) are the bot's people by their Entra object ids; a deploy
/// webhook answers rollbacks of <c>api</c>, and drafted postmortems go to a reports channel too.
/// </summary>
public sealed class TeamsWorld : IAsyncDisposable
{
    public const string IncidentsChannel = "19:incidents0000@thread.tacv2";
    public const string AdaObjectId = "00000000-0000-0000-0000-00000000ada0";
    public const string KofiObjectId = "00000000-0000-0000-0000-0000000k0f10";
    public const string FosterObjectId = "00000000-0000-0000-0000-0000f0573e20";
    public const string TeamId = "19:team0000@thread.tacv2";
    public const string ReportsChannel = "19:reports0000@thread.tacv2";

    /// <summary>The incidents team's group id, as Graph knows it.</summary>
    public const string IncidentsTeamGroupId = "6d1c0c2e-1f0a-4b8e-9a57-000000001c1d";

    private int _activities;

    private TeamsWorld(FakeTeamsTokenEndpoint tokens, FakeBotConnector connector, FakeGraph graph, FakeBotFrameworkIdentity identity, FakeDeployWebhook deploy, BotFactory bot)
    {
        (Tokens, Connector, Graph, Identity, Deploy, Bot) = (tokens, connector, graph, identity, deploy, bot);
        Client = bot.CreateClient();
    }

    public FakeTeamsTokenEndpoint Tokens { get; }

    public FakeBotConnector Connector { get; }

    public FakeGraph Graph { get; }

    public FakeBotFrameworkIdentity Identity { get; }

    /// <summary>The deploy system's rollback webhook (<c>Services:api:RollbackUrl</c>).</summary>
    public FakeDeployWebhook Deploy { get; }

    public BotFactory Bot { get; }

    public HttpClient Client { get; }

    public string BotId => "28:" + FakeTeamsTokenEndpoint.AppId;

    public static async Task<TeamsWorld> StartAsync(Action<BotFactory>? configure = null)
    {
        var tokens = await FakeTeamsTokenEndpoint.StartAsync();
        var connector = await FakeBotConnector.StartAsync(tokens);
        var graph = await FakeGraph.StartAsync(tokens);
        graph.AddTeam(IncidentsTeamGroupId);
        var identity = await FakeBotFrameworkIdentity.StartAsync(appId: FakeTeamsTokenEndpoint.AppId, tenantId: FakeTeamsTokenEndpoint.TenantId);
        var deploy = await FakeDeployWebhook.StartAsync();
        var bot = new BotFactory();
        bot.Settings["Teams:AppId"] = FakeTeamsTokenEndpoint.AppId;
        bot.Settings["Teams:AppPassword"] = FakeTeamsTokenEndpoint.AppPassword;
        bot.Settings["Teams:TenantId"] = FakeTeamsTokenEndpoint.TenantId;
        bot.Settings["Teams:LoginUrl"] = tokens.LoginUrl.ToString();
        bot.Settings["Teams:OpenIdMetadataUrl"] = identity.OpenIdMetadataUrl.ToString();
        bot.Settings["Teams:ServiceUrl"] = connector.ServiceUrl.ToString();
        bot.Settings["Teams:GraphUrl"] = graph.GraphUrl.ToString();
        bot.Settings["Teams:IncidentsChannelId"] = IncidentsChannel;
        bot.Settings["People:0:ChatIds:teams"] = AdaObjectId;
        bot.Settings["People:1:ChatIds:teams"] = KofiObjectId;
        bot.Settings["People:2:ChatIds:teams"] = FosterObjectId;
        bot.Settings["Teams:ReportsChannelId"] = ReportsChannel;
        bot.Settings["Services:api:RollbackUrl"] = new Uri(deploy.BaseAddress, "rollback").ToString();
        bot.Settings["Services:api:Secret"] = RollbackBot.Secret;
        bot.TestServices = tokens.TrustCertificateIn;
        configure?.Invoke(bot);
        return new TeamsWorld(tokens, connector, graph, identity, deploy, bot);
    }

    /// <summary>Posts <paramref name="activity"/> to <c>/api/messages</c> as the Bot Connector does, with a fresh token unless one is given.</summary>
    public async Task<HttpResponseMessage> SendAsync(JsonObject activity, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Identity.MintToken(serviceUrl: Connector.ServiceUrl.ToString()));
        return await Client.SendAsync(request);
    }

    /// <summary>A message by a person in a conversation; in a channel it @mentions the bot, as a command there must.</summary>
    public JsonObject Message(string objectId, string name, string conversationId, string text, bool personal = false)
    {
        var activity = Activity("message", objectId, name, conversationId, personal);
        if (personal)
        {
            activity["text"] = text;
            return activity;
        }

        activity["text"] = $"<at>IncidentBot</at> {text}";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention", ["text"] = "<at>IncidentBot</at>", ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "IncidentBot" },
        });
        return activity;
    }

    /// <summary>A press of a card's button by <c>Action.Execute</c>: an <c>adaptiveCard/action</c> invoke.</summary>
    public JsonObject Execute(string objectId, string name, string conversationId, string cardActivityId, string actionId, string value, bool personal)
    {
        var activity = Activity("invoke", objectId, name, conversationId, personal);
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = cardActivityId;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute", ["verb"] = actionId, ["data"] = new JsonObject { ["actionId"] = actionId, ["value"] = value },
            },
        };
        return activity;
    }

    /// <summary>The incident's thread in the incidents channel, once the bot started it.</summary>
    public FakeTeamsConversation? IncidentThread(int index = 0) =>
        Connector.Conversations.Where(c => c.IsGroup && c.ChannelId == IncidentsChannel).ElementAtOrDefault(index);

    /// <summary>A thread the bot started in <paramref name="channelId"/> (an incident's own channel), once it did.</summary>
    public FakeTeamsConversation? ThreadIn(string channelId) =>
        Connector.Conversations.FirstOrDefault(c => c.IsGroup && c.ChannelId == channelId);

    /// <summary>The bot's 1:1 chat with a person, once it opened it.</summary>
    public FakeTeamsConversation? PersonalChat(string objectId) =>
        Connector.Conversations.FirstOrDefault(c => !c.IsGroup && c.MemberId == objectId);

    /// <summary>The buttons (data of <c>Action.Execute</c>) on a card the bot sent.</summary>
    public static IEnumerable<(string ActionId, string Value)> Buttons(FakeTeamsActivity activity) =>
        (activity.Activity["attachments"]?.AsArray() ?? [])
            .SelectMany(a => a!["content"]?["actions"]?.AsArray() ?? [])
            .Where(a => a!["type"]?.GetValue<string>() == "Action.Execute")
            .Select(a => (a!["data"]!["actionId"]!.GetValue<string>(), a["data"]!["value"]!.GetValue<string>()));

    /// <summary>The ids of the people a card @mentions (its <c>msteams.entities</c>).</summary>
    public static IReadOnlyList<string> Mentions(FakeTeamsActivity activity) =>
        [.. (activity.Activity["attachments"]?.AsArray() ?? [])
            .SelectMany(a => a!["content"]?["msteams"]?["entities"]?.AsArray() ?? [])
            .Select(e => e!["mentioned"]?["id"]?.GetValue<string>())
            .OfType<string>()];

    /// <summary>All the text of a card the bot sent, for asserting what it says.</summary>
    public static string TextOf(FakeTeamsActivity activity) => activity.Activity["attachments"]?.ToJsonString() ?? activity.Text ?? "";

    public async Task PostAlertAsync(string id, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/alerts/generic")
        {
            Content = JsonContent.Create(new { title, status = "firing", id, groupKey = id, service = "api", severity = "sev2", startsAt = DateTimeOffset.UtcNow }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.AlertToken);
        (await Client.SendAsync(request)).EnsureSuccessStatusCode();
    }

    /// <summary>A deploy of <c>api</c> from 1.9 to 2.0, so a rollback has a version to go back to.</summary>
    public async Task PostChangeAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/changes")
        {
            Content = JsonContent.Create(new { service = "api", version = "2.0", previous = "1.9", by = "kofi", description = "new auth client" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.ChangesToken);
        (await Client.SendAsync(request)).EnsureSuccessStatusCode();
    }

    /// <summary>The kinds of the incident's timeline entries, in order.</summary>
    public async Task<List<string>> KindsAsync(int number = 1) =>
        [.. (await IncidentAsync(number)).GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!)];

    /// <summary>The incident card in its thread: the bot's message naming the incident with buttons, as last updated.</summary>
    public FakeTeamsActivity? IncidentCard(FakeTeamsConversation thread, string key = "INC-1") =>
        Connector.ActivitiesIn(thread.Id).FirstOrDefault(a => TextOf(a).Contains(key, StringComparison.Ordinal) && TextOf(a).Contains("Acknowledged by", StringComparison.Ordinal));

    public async Task<JsonElement> IncidentAsync(int number)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/incidents/{number}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.ApiToken);
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Bot.DisposeAsync();
        await Identity.DisposeAsync();
        await Deploy.DisposeAsync();
        await Graph.DisposeAsync();
        await Connector.DisposeAsync();
        await Tokens.DisposeAsync();
    }

    private JsonObject Activity(string type, string objectId, string name, string conversationId, bool personal)
    {
        var id = $"1700000000{Interlocked.Increment(ref _activities):D3}";
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = Connector.ServiceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:" + objectId, ["aadObjectId"] = objectId, ["name"] = name },
            ["conversation"] = new JsonObject
            {
                ["id"] = conversationId, ["conversationType"] = personal ? "personal" : "channel", ["tenantId"] = FakeTeamsTokenEndpoint.TenantId,
            },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "IncidentBot" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = FakeTeamsTokenEndpoint.TenantId } },
        };
    }
}
