using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IncidentBot.Core.People;
using IncidentBot.Core.Storage;
using IncidentBot.Local;
using IncidentBot.Security;
using IncidentBot.Tests.Host;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Rollbacks;

/// <summary>
/// The real host with service <c>api</c> wired to a <see cref="FakeDeployWebhook"/>, and the steps of the
/// rollback story: record a deploy, open an api incident, ask for and confirm a rollback, call back.
/// </summary>
public sealed class RollbackBot : IAsyncDisposable
{
    public const string Secret = "api-rollback-secret-for-tests";
    public const string PublicBaseUrl = "https://incidentbot.example.test/ops";

    private RollbackBot(BotFactory factory, FakeDeployWebhook webhook)
    {
        Factory = factory;
        Webhook = webhook;
        Client = factory.CreateClient();
    }

    public BotFactory Factory { get; }

    public FakeDeployWebhook Webhook { get; }

    public HttpClient Client { get; }

    public Person Ada => Person("ada");

    /// <param name="configure">Changes to the bot's factory before it starts.</param>
    public static async Task<RollbackBot> StartAsync(Action<BotFactory>? configure = null)
    {
        var webhook = await FakeDeployWebhook.StartAsync();
        var factory = new BotFactory();
        configure?.Invoke(factory);
        factory.Settings["Services:api:RollbackUrl"] = new Uri(webhook.BaseAddress, "rollback").ToString();
        factory.Settings["Services:api:Secret"] = Secret;
        factory.Settings["IncidentBot:PublicBaseUrl"] = PublicBaseUrl;
        return new RollbackBot(factory, webhook);
    }

    public Person Person(string id) => Factory.Services.GetRequiredService<IPeopleDirectory>().Find(id)!;

    public T Service<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    /// <summary><c>POST /changes</c> with the changes token.</summary>
    public async Task<HttpResponseMessage> PostChangeAsync(object change)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/changes") { Content = JsonContent.Create(change) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.ChangesToken);
        return await Client.SendAsync(request);
    }

    /// <summary>Alertmanager reports api failing; returns the incident channel once the on-call was paged.</summary>
    public async Task<string> OpenApiIncidentAsync()
    {
        var content = new ByteArrayContent(TestPayloads.Bytes("Fixtures", "alerts", "alertmanager-api.json"));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/alerts/alertmanager") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.AlertToken);
        (await Client.SendAsync(request)).EnsureSuccessStatusCode();
        await WaitForIncidentAsync(incident => Kinds(incident).Contains("paged"));
        return (await Service<IIncidentStore>().GetAsync(1))!.State.ChannelId!;
    }

    /// <summary>Ada types the command in the channel and presses Confirm; returns the rollback's id.</summary>
    public async Task<string> ConfirmRollbackAsync(string channelId, string command = "/incident rollback api")
    {
        await Factory.User.SayAsync(Ada, channelId, command);
        var rollbackId = Prompt(channelId).Buttons.Single(b => b.Label == "Confirm").Value;
        await Factory.User.PressAsync(Ada, "Confirm");
        return rollbackId;
    }

    /// <summary>The newest message of the channel with a Confirm button, as Ada sees it.</summary>
    public LocalMessage Prompt(string channelId) =>
        Factory.Workspace.MessagesSeenBy(channelId, "ada").Last(m => m.Buttons.Any(b => b.Label == "Confirm"));

    /// <summary><c>POST /rollbacks/{id}</c>, signed with <paramref name="secret"/> unless it is null.</summary>
    public async Task<HttpResponseMessage> CallBackAsync(string rollbackId, string body, string? secret = Secret)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/rollbacks/{rollbackId}") { Content = content };
        if (secret is not null)
        {
            request.Headers.Add(RequestAuthenticator.SignatureHeader, RequestAuthenticator.Sign(bytes, secret));
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Incident 1 as <c>GET /api/incidents/1</c> shows it, once it meets the condition.</summary>
    public async Task<JsonElement> WaitForIncidentAsync(Func<JsonElement, bool> condition)
    {
        JsonElement? last = null;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/incidents/1");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.ApiToken);
            var response = await Client.SendAsync(request);
            if (response.IsSuccessStatusCode)
            {
                last = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (condition(last.Value))
                {
                    return last.Value;
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Incident 1 never reached the expected state; its timeline: {(last is { } incident ? string.Join(" | ", Timeline(incident)) : "none")}");
    }

    public Task<JsonElement> IncidentAsync() => WaitForIncidentAsync(_ => true);

    public static List<string> Kinds(JsonElement incident) => Timeline(incident).Select(e => e.Kind).ToList();

    public static List<(string Kind, string Text)> Timeline(JsonElement incident) =>
        incident.GetProperty("timeline").EnumerateArray()
            .Select(e => (e.GetProperty("kind").GetString()!, e.GetProperty("text").GetString()!))
            .ToList();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Webhook.DisposeAsync();
    }
}
