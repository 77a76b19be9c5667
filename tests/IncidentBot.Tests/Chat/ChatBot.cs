using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Commands;
using IncidentBot.Core.People;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Storage;
using IncidentBot.Local;
using IncidentBot.Tests.Host;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Chat;

/// <summary>
/// The real host as the people of the local workspace use it: Ada, Kofi and Foster type <c>/incident</c>
/// commands and press buttons; the HTTP API shows what the incident became. The <c>api</c> service has a
/// rollback webhook on a port that refuses connections, so a confirmed rollback starts and never finishes; no other
/// service can be rolled back (simulated rollbacks are off).
/// </summary>
public sealed class ChatBot : IAsyncDisposable
{
    public const string RollbackUrl = "http://127.0.0.1:9/";

    public const string Title = "Checkout fails for every customer";

    private readonly BotFactory _factory = new();
    private readonly WebApplicationFactory<Program> _host;
    private readonly HttpClient _client;

    public ChatBot()
    {
        _host = _factory.WithWebHostBuilder(builder => builder
            .UseSetting("Services:api:RollbackUrl", RollbackUrl)
            .UseSetting("Services:api:Secret", "api-rollback-secret-for-tests")
            .UseSetting("Deploys:Simulated:Enabled", "false"));
        _client = _host.CreateClient();
        var people = Service<IPeopleDirectory>();
        Ada = people.Find("ada")!;
        Kofi = people.Find("kofi")!;
        Foster = people.Find("foster")!;
    }

    public Person Ada { get; }

    public Person Kofi { get; }

    public Person Foster { get; }

    /// <summary>Someone in the workspace whom the bot's configuration does not name.</summary>
    public Person Guest { get; } = new("visitor", "Vera Visitor");

    public LocalWorkspace Workspace => Service<LocalWorkspace>();

    public LocalUser User => Service<LocalUser>();

    public T Service<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>What the person reads back after typing <paramref name="text"/> (a command's private reply).</summary>
    public async Task<string> SayAsync(Person person, string channelId, string text) =>
        (await User.SayAsync(person, channelId, text)).Reply ?? throw new InvalidOperationException($"'{text}' is not a command.");

    /// <summary>Types a command and returns its reply, checking that it changed nothing (see <see cref="SnapshotAsync"/>).</summary>
    public async Task<string> SayChangingNothingAsync(Person person, string channelId, string text)
    {
        var before = await SnapshotAsync(channelId);
        var reply = await SayAsync(person, channelId, text);
        Assert.Equal(before, await SnapshotAsync(channelId));
        return reply;
    }

    /// <summary>Presses the newest button with this label the person sees; the reply, or null when there is no such button.</summary>
    public async Task<string?> PressAsync(Person person, string label) => (await User.PressAsync(person, label))?.Reply;

    /// <summary>The newest button with this label the person sees now: what their screen shows, which may go stale.</summary>
    public (LocalMessage Message, ChatButton Button) ButtonSeenBy(Person person, string label) =>
        Workspace.NewestButton(person.Id, label) ?? throw new InvalidOperationException($"{person.Name} sees no '{label}' button.");

    /// <summary>Presses a button as it was seen earlier (a screen not refreshed yet, a double click) and returns the reply.</summary>
    public async Task<string> PressSeenAsync(Person person, (LocalMessage Message, ChatButton Button) seen)
    {
        var user = new ChatUser(LocalWorkspace.PlatformName, person.Id, person.Name);
        var at = Service<TimeProvider>().GetUtcNow();
        var press = new ButtonPress(user, seen.Message.ChannelId, seen.Message.Id, seen.Button.ActionId, seen.Button.Value, at);
        return (await Service<ButtonRouter>().DispatchAsync(press)).Text;
    }

    /// <summary>Ada declares INC-1 in #incidents; returns its channel once the bot has opened it and paged the on-call.</summary>
    public async Task<string> DeclareAsync()
    {
        var reply = await SayAsync(Ada, LocalWorkspace.IncidentsChannelId, $"/incident declare {Title}");
        Assert.StartsWith("Declared INC-1 (sev2)", reply, StringComparison.Ordinal);
        var incident = await Eventually.ReachedAsync(
            () => Service<IIncidentStore>().GetAsync(1),
            i => i is { State.ChannelId: not null, State.PagedLevel: > 0 },
            "INC-1 with a channel and its on-call paged");
        return incident!.State.ChannelId!;
    }

    /// <summary>POSTs JSON with a bearer token, as monitoring (<c>/alerts/generic</c>) and deploy systems (<c>/changes</c>) do.</summary>
    public async Task PostAsync(string path, object body, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Opens a link of the bot as a person's browser does: without the API token.</summary>
    public Task<HttpResponseMessage> OpenAsync(Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return _client.GetAsync(link.PathAndQuery);
    }

    /// <summary>An incident as <c>GET /api/incidents/{number}</c> shows it.</summary>
    public async Task<JsonElement> IncidentAsync(int number = 1) =>
        JsonDocument.Parse(await ApiAsync($"/api/incidents/{number}")).RootElement.Clone();

    /// <summary>Waits until the incident, as the API shows it, has a timeline entry of this kind.</summary>
    public Task<JsonElement> IncidentWithAsync(string kind, int number = 1) =>
        Eventually.ReachedAsync(() => IncidentAsync(number), i => Kinds(i).Contains(kind), $"a {kind} entry on INC-{number}");

    public async Task<IReadOnlyList<Rollback>> RollbacksAsync() => await Service<IRollbackStore>().ListByIncidentAsync(1);

    /// <summary>
    /// Everything a command could change: every incident as the API shows it, the rollbacks, and the messages
    /// everyone sees in the channel. Equal snapshots mean nothing changed.
    /// </summary>
    public async Task<string> SnapshotAsync(string channelId)
    {
        var incidents = await ApiAsync("/api/incidents");
        var rollbacks = (await RollbacksAsync()).Select(r => $"rollback {r.Id} {r.Status} {r.Describe()}");
        var messages = Workspace.MessagesSeenBy(channelId, null)
            .Select(m => $"message {m.Id} {m.Text} [{string.Join(", ", m.Buttons.Select(b => b.Label))}]");
        return string.Join('\n', [incidents, .. rollbacks, .. messages]);
    }

    public static IReadOnlyList<string> Kinds(JsonElement incident) =>
        incident.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!).ToList();

    public static IReadOnlyList<JsonElement> Entries(JsonElement incident, string kind) =>
        incident.GetProperty("timeline").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == kind).ToList();

    public static string Text(JsonElement incident, string property) => incident.GetProperty(property).GetString() ?? "";

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<string> ApiAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.ApiToken);
        using var response = await _client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
