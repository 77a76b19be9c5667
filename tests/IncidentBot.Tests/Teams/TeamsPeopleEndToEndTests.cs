using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Teams.Connector;
using IncidentBot.Tests.Slack;

namespace IncidentBot.Tests.Teams;

/// <summary>
/// People on Teams through the real host: @mentions (<c>29:…</c> ids) name the bot's people, a person known only by
/// email is found among the team's members and paged 1:1, and someone outside the roster gets a clear answer.
/// </summary>
public sealed class TeamsPeopleEndToEndTests : IAsyncLifetime
{
    private const string GraceObjectId = "00000000-0000-0000-0000-00000009ace0";
    private const string GraceEmail = "Grace.Hopper@contoso.example";
    private const string KofiTeamsId = "29:1kofiBoatengTeamsId-x_Y";
    private const string GraceTeamsId = "29:1graceTeamsId";

    private TeamsWorld _world = null!;

    /// <summary>Grace is one of the bot's people by her email only (no <c>ChatIds:teams</c>).</summary>
    public async Task InitializeAsync() => _world = await TeamsWorld.StartAsync(bot =>
    {
        bot.Settings["People:3:Id"] = "grace";
        bot.Settings["People:3:Name"] = "Grace Hopper";
        bot.Settings["People:3:Email"] = GraceEmail.ToLowerInvariant();
    });

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task LeadMentioningKofi_InTheThread_MakesKofiTheLead()
    {
        var thread = await StartIncidentAsync();
        _world.Connector.SetMembers(TeamsWorld.IncidentsChannel, Member(KofiTeamsId, TeamsWorld.KofiObjectId, "Kofi Boateng", "kofi@contoso.example"));

        using var response = await _world.SendAsync(Mentioning(TeamsWorld.AdaObjectId, "Ada Mensah", thread, "lead", KofiTeamsId, "Kofi Boateng"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("kofi", (await _world.IncidentAsync(1)).GetProperty("lead").GetString());
        await SlackWorld.SeenAsync(
            () => _world.Connector.ActivitiesIn(thread).FirstOrDefault(a => TeamsWorld.TextOf(a).Contains("Kofi Boateng leads INC-1", StringComparison.Ordinal)),
            "the answer in the thread", seconds: 60);
    }

    [Fact]
    public async Task LeadMentioningSomeoneWhoWroteBefore_IsThemWithoutListingMembers()
    {
        var thread = await StartIncidentAsync();
        using var said = await _world.SendAsync(_world.Message(TeamsWorld.KofiObjectId, "Kofi Boateng", thread, "note looking at the replicas"));
        Assert.Equal(HttpStatusCode.OK, said.StatusCode);

        using var response = await _world.SendAsync(Mentioning(TeamsWorld.AdaObjectId, "Ada Mensah", thread, "lead", "29:" + TeamsWorld.KofiObjectId, "Kofi Boateng"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("kofi", (await _world.IncidentAsync(1)).GetProperty("lead").GetString());
    }

    [Fact]
    public async Task PageMentioningGrace_KnownOnlyByEmail_PagesHerOneToOne()
    {
        var thread = await StartIncidentAsync();
        _world.Connector.SetMembers(
            TeamsWorld.IncidentsChannel,
            Member("29:1someoneElse", "00000000-0000-0000-0000-0000000e15e0", "Someone Else", "someone@contoso.example"),
            Member(GraceTeamsId, GraceObjectId, "Grace Hopper", GraceEmail));

        using var response = await _world.SendAsync(Mentioning(TeamsWorld.AdaObjectId, "Ada Mensah", thread, "page", GraceTeamsId, "Grace Hopper"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var chat = await SlackWorld.SeenAsync(() => _world.PersonalChat(GraceObjectId), "the bot's 1:1 chat with Grace", seconds: 60);
        var page = await SlackWorld.SeenAsync(() => _world.Connector.ActivitiesIn(chat.Id).FirstOrDefault(), "Grace's page", seconds: 60);
        Assert.Contains("INC-1", TeamsWorld.TextOf(page), StringComparison.Ordinal);
        Assert.Empty(_world.Connector.Violations);
    }

    [Fact]
    public async Task LeadMentioningSomeoneNotInThePeople_IsAnsweredByNameAndChangesNothing()
    {
        var thread = await StartIncidentAsync();
        _world.Connector.SetMembers(TeamsWorld.IncidentsChannel, Member("29:1samStranger", "00000000-0000-0000-0000-00000005a300", "Sam Stranger", "sam@contoso.example"));

        using var response = await _world.SendAsync(Mentioning(TeamsWorld.AdaObjectId, "Ada Mensah", thread, "lead", "29:1samStranger", "Sam Stranger"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await SlackWorld.SeenAsync(
            () => _world.Connector.ActivitiesIn(thread).FirstOrDefault(a => TeamsWorld.TextOf(a).Contains("Sam Stranger is not one of IncidentBot", StringComparison.Ordinal)),
            "the answer naming Sam", seconds: 60);
        Assert.DoesNotContain("29:1samStranger", TeamsWorld.TextOf(answer), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, (await _world.IncidentAsync(1)).GetProperty("lead").ValueKind);
    }

    /// <summary>An incident from an alert; its thread's conversation id.</summary>
    private async Task<string> StartIncidentAsync()
    {
        await _world.PostAlertAsync("checkout-5xx", "Checkout returns 500");
        return (await SlackWorld.SeenAsync(() => _world.IncidentThread(), "the incident's thread", seconds: 60)).Id;
    }

    /// <summary>A command in a channel that @mentions the bot and then one person, as Teams writes it.</summary>
    private JsonObject Mentioning(string objectId, string name, string conversationId, string subcommand, string mentionedId, string mentionedName)
    {
        var activity = _world.Message(objectId, name, conversationId, subcommand);
        activity["text"] = $"<at>IncidentBot</at> {subcommand} <at>{mentionedName}</at>";
        activity["entities"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "mention", ["text"] = $"<at>{mentionedName}</at>", ["mentioned"] = new JsonObject { ["id"] = mentionedId, ["name"] = mentionedName },
        });
        return activity;
    }

    private static TeamsMember Member(string id, string objectId, string name, string email) =>
        new() { Id = id, AadObjectId = objectId, Name = name, Email = email, UserPrincipalName = email, TenantId = "tenant" };
}
