using System.Net;
using System.Text.Json.Nodes;
using IncidentBot.Teams.Connector;
using IncidentBot.Tests.Slack;

namespace IncidentBot.Tests.Teams;

/// <summary>A whole incident on Teams through the real host: alert, thread, page, acknowledge by card, a command, and forgeries refused.</summary>
public sealed class TeamsEndToEndTests : IAsyncLifetime
{
    private const string Acknowledge = "incident.acknowledge";
    private TeamsWorld _world = null!;

    public async Task InitializeAsync() => _world = await TeamsWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Alert_OpensAThreadWithTheCardAndPagesAdaOneToOneWithAnAcknowledgeThatWorks()
    {
        await _world.PostAlertAsync("checkout-5xx", "Checkout returns 500");

        var thread = await SlackWorld.SeenAsync(() => _world.IncidentThread(), "the incident's thread in the incidents channel", seconds: 60);
        var card = await SlackWorld.SeenAsync(
            () => _world.Connector.ActivitiesIn(thread.Id).FirstOrDefault(a => TeamsWorld.TextOf(a).Contains("INC-1", StringComparison.Ordinal) && TeamsWorld.Buttons(a).Any()),
            "the incident card in the thread", seconds: 60);
        Assert.Contains((Acknowledge, "1"), TeamsWorld.Buttons(card));
        var chat = await SlackWorld.SeenAsync(() => _world.PersonalChat(TeamsWorld.AdaObjectId), "the bot's 1:1 chat with Ada", seconds: 60);
        var page = await SlackWorld.SeenAsync(() => _world.Connector.ActivitiesIn(chat.Id).FirstOrDefault(), "Ada's page", seconds: 60);
        Assert.Contains("You are paged for INC-1", TeamsWorld.TextOf(page), StringComparison.Ordinal);
        Assert.Contains((Acknowledge, "1"), TeamsWorld.Buttons(page));
        await SlackWorld.SeenAsync(
            () => _world.Connector.ActivitiesIn(thread.Id).FirstOrDefault(a => TeamsWorld.Mentions(a).Contains(TeamsWorld.AdaObjectId)),
            "Ada @mentioned in the thread", seconds: 60);

        using var pressed = await _world.SendAsync(_world.Execute(TeamsWorld.AdaObjectId, "Ada Mensah", chat.Id, page.Id, Acknowledge, "1", personal: true));

        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        var answer = JsonNode.Parse(await pressed.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", answer["type"]!.GetValue<string>());
        Assert.Contains("You acknowledged INC-1", answer["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("acknowledged", (await _world.IncidentAsync(1)).GetProperty("status").GetString());
        Assert.Empty(_world.Connector.Violations);
    }

    [Fact]
    public async Task NoteCommandInTheThread_GoesOnTheTimelineAndIsAnsweredInTheThread()
    {
        await _world.PostAlertAsync("db-slow", "Database slow");
        var thread = await SlackWorld.SeenAsync(() => _world.IncidentThread(), "the incident's thread", seconds: 60);

        using var response = await _world.SendAsync(_world.Message(TeamsWorld.KofiObjectId, "Kofi Boateng", thread.Id, "note replica lag is 40 s"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var timeline = (await _world.IncidentAsync(1)).GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("text").GetString()).ToList();
        Assert.Contains(timeline, t => t?.Contains("replica lag is 40 s", StringComparison.Ordinal) == true);
        await SlackWorld.SeenAsync(
            () => _world.Connector.ActivitiesIn(thread.Id).FirstOrDefault(a => TeamsWorld.TextOf(a).Contains("replica lag is 40 s", StringComparison.Ordinal)),
            "the note's answer in the thread", seconds: 60);
    }

    [Fact]
    public async Task CommandWithoutItsText_IsAnsweredWithTheUsageAsTeamsUsersTypeIt()
    {
        await _world.PostAlertAsync("queue-stuck", "Queue stuck");
        var thread = await SlackWorld.SeenAsync(() => _world.IncidentThread(), "the incident's thread", seconds: 60);

        using var response = await _world.SendAsync(_world.Message(TeamsWorld.KofiObjectId, "Kofi Boateng", thread.Id, "note"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var usage = await SlackWorld.SeenAsync(
            () => _world.Connector.ActivitiesIn(thread.Id).FirstOrDefault(a => TeamsWorld.TextOf(a).Contains("Usage:", StringComparison.Ordinal)),
            "the usage answer in the thread", seconds: 60);
        Assert.Contains("@IncidentBot note", TeamsWorld.TextOf(usage), StringComparison.Ordinal);
        Assert.DoesNotContain("/incident", TeamsWorld.TextOf(usage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageToSomeoneWithoutTheApp_IsToldInTheThreadAndTheyAreStillMentioned()
    {
        _world.Connector.MakeUnreachable(TeamsWorld.AdaObjectId, TeamsUnreachableReason.NotInstalled);

        await _world.PostAlertAsync("disk-full", "Disk full on db-1");

        var thread = await SlackWorld.SeenAsync(() => _world.IncidentThread(), "the incident's thread", seconds: 60);
        var notice = await SlackWorld.SeenAsync(
            () => _world.Connector.ActivitiesIn(thread.Id).FirstOrDefault(a => TeamsWorld.TextOf(a).Contains("Page to Ada Mensah failed", StringComparison.Ordinal)),
            "the failed page told in the thread", seconds: 60);
        Assert.Contains("not installed", TeamsWorld.TextOf(notice), StringComparison.Ordinal);
        Assert.Contains(_world.Connector.ActivitiesIn(thread.Id), a => TeamsWorld.Mentions(a).Contains(TeamsWorld.AdaObjectId));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("wrong-service-url")]
    [InlineData("wrong-audience")]
    public async Task ForgedActivity_IsRefusedAndNothingIsRecorded(string forgery)
    {
        await _world.PostAlertAsync("api-down", "API down");
        var thread = await SlackWorld.SeenAsync(() => _world.IncidentThread(), "the incident's thread", seconds: 60);
        var token = forgery switch
        {
            "wrong-service-url" => _world.Identity.MintToken(serviceUrl: "https://smba.trafficmanager.net/evil/"),
            "wrong-audience" => _world.Identity.MintToken(serviceUrl: _world.Connector.ServiceUrl.ToString(), audience: "someone-else"),
            _ => "",
        };
        var note = _world.Message(TeamsWorld.KofiObjectId, "Kofi Boateng", thread.Id, "note forged");

        using var response = forgery == "none" ? await SendWithoutTokenAsync(note) : await _world.SendAsync(note, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var timeline = (await _world.IncidentAsync(1)).GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("text").GetString());
        Assert.DoesNotContain(timeline, t => t?.Contains("forged", StringComparison.Ordinal) == true);
    }

    private async Task<HttpResponseMessage> SendWithoutTokenAsync(JsonObject activity) =>
        await _world.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
}
