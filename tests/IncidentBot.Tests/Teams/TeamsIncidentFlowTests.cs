using System.Net;
using System.Text.Json.Nodes;
using IncidentBot.Teams.Testing.Connector;
using IncidentBot.Tests.Slack;

namespace IncidentBot.Tests.Teams;

/// <summary>
/// An incident's course on Teams through the real host: the card kept current in place, a rollback asked and
/// confirmed (or cancelled) on cards, the postmortem delivered everywhere it belongs, and strangers answered.
/// </summary>
public sealed class TeamsIncidentFlowTests : IAsyncLifetime
{
    private const string RollbackButton = "incident.rollback";
    private const string Confirm = "rollback.confirm";
    private const string Cancel = "rollback.cancel";
    private const string StrangerId = "00000000-0000-0000-0000-00000057a4e7";
    private TeamsWorld _world = null!;

    public async Task InitializeAsync() => _world = await TeamsWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task AcknowledgeAndResolve_UpdateTheIncidentCardInPlace()
    {
        var (thread, card) = await OpenIncidentAsync();

        await CommandAsync(TeamsWorld.AdaObjectId, "Ada Mensah", thread, "ack");
        var acknowledged = await SlackWorld.SeenAsync(
            () => Card(thread, card) is { } now && TeamsWorld.TextOf(now).Contains("**Acknowledged by:** Ada Mensah", StringComparison.Ordinal) ? now : null,
            "the card showing Ada's acknowledgement", seconds: 30);
        Assert.DoesNotContain(("incident.acknowledge", "1"), TeamsWorld.Buttons(acknowledged));
        await CommandAsync(TeamsWorld.AdaObjectId, "Ada Mensah", thread, "resolve traffic healthy again");
        var resolved = await SlackWorld.SeenAsync(
            () => Card(thread, card) is { } now && TeamsWorld.TextOf(now).Contains("**Status:** resolved", StringComparison.Ordinal) ? now : null,
            "the card showing the incident resolved", seconds: 30);

        Assert.Empty(TeamsWorld.Buttons(resolved));
        Assert.True(resolved.Updates >= 2, $"the card was updated {resolved.Updates} times");
        var updates = _world.Connector.CallsTo("Conversations_UpdateActivity");
        Assert.Contains(updates, c => c.Value("conversationId") == thread.Id && c.Value("activityId") == card.Id && c.StatusCode == 200);
        Assert.Single(_world.Connector.ActivitiesIn(thread.Id), a => TeamsWorld.TextOf(a).Contains("Acknowledged by", StringComparison.Ordinal));
        Assert.Empty(_world.Connector.Violations);
    }

    [Fact]
    public async Task RollbackButtonThenConfirm_CallsTheDeployWebhookOnce()
    {
        await _world.PostChangeAsync();
        var (thread, card) = await OpenIncidentAsync();
        Assert.Contains((RollbackButton, "1"), TeamsWorld.Buttons(card));

        var asked = await PressAsync(thread, card, RollbackButton, "1");
        Assert.Contains("Confirm or cancel", asked, StringComparison.Ordinal);
        var prompt = await PromptAsync(thread);
        Assert.Contains("from 2.0 to 1.9", TeamsWorld.TextOf(prompt), StringComparison.Ordinal);
        var rollbackId = TeamsWorld.Buttons(prompt).First(b => b.ActionId == Confirm).Value;
        var confirmed = await PressAsync(thread, prompt, Confirm, rollbackId);

        Assert.Contains("started", confirmed, StringComparison.Ordinal);
        var request = Assert.Single(await _world.Deploy.WaitForRequestsAsync(1));
        Assert.Contains("1.9", System.Text.Encoding.UTF8.GetString(request.Body), StringComparison.Ordinal);
        await SlackWorld.SeenAsync(
            () => Card(thread, prompt) is { } now && TeamsWorld.TextOf(now).Contains("confirmed by Ada Mensah", StringComparison.Ordinal) ? now : null,
            "the prompt closed as confirmed, in place", seconds: 30);
        Assert.Contains("rollback-started", await _world.KindsAsync());
        Assert.Empty(_world.Connector.Violations);
    }

    [Fact]
    public async Task RollbackButtonThenCancel_NeverCallsTheDeployWebhook()
    {
        await _world.PostChangeAsync();
        var (thread, card) = await OpenIncidentAsync();

        await PressAsync(thread, card, RollbackButton, "1");
        var prompt = await PromptAsync(thread);
        var cancelled = await PressAsync(thread, prompt, Cancel, TeamsWorld.Buttons(prompt).First(b => b.ActionId == Cancel).Value);

        Assert.Contains("Rollback cancelled", cancelled, StringComparison.Ordinal);
        var closed = await SlackWorld.SeenAsync(
            () => Card(thread, prompt) is { } now && TeamsWorld.TextOf(now).Contains("cancelled by Ada Mensah", StringComparison.Ordinal) ? now : null,
            "the prompt closed as cancelled, in place", seconds: 30);
        Assert.DoesNotContain(TeamsWorld.Buttons(closed), b => b.ActionId == Confirm);
        Assert.DoesNotContain("rollback-started", await _world.KindsAsync());
        Assert.Empty(_world.Deploy.Requests);
    }

    [Fact]
    public async Task PostmortemCommand_PostsTheReportCardInTheThreadTheReportsChannelAndToTheManager1To1_EachOpeningTheWholeReport()
    {
        var (thread, _) = await OpenIncidentAsync();
        await CommandAsync(TeamsWorld.KofiObjectId, "Kofi Boateng", thread, "note replica lag is 40 s");

        await CommandAsync(TeamsWorld.AdaObjectId, "Ada Mensah", thread, "postmortem");

        var inThread = await SlackWorld.SeenAsync(
            () => _world.Connector.ActivitiesIn(thread.Id).FirstOrDefault(IsReport),
            "the postmortem in the thread", seconds: 60);
        Assert.Contains("replica lag is 40 s", TeamsWorld.TextOf(inThread), StringComparison.Ordinal);
        var inReports = await SlackWorld.SeenAsync(
            () => _world.Connector.ActivitiesIn(TeamsWorld.ReportsChannel).FirstOrDefault(IsReport),
            "the postmortem in the reports channel", seconds: 60);
        Assert.Contains("replica lag is 40 s", TeamsWorld.TextOf(inReports), StringComparison.Ordinal);
        var chat = await SlackWorld.SeenAsync(() => _world.PersonalChat(TeamsWorld.FosterObjectId), "the bot's 1:1 chat with Foster", seconds: 60);
        var told = await SlackWorld.SeenAsync(() => _world.Connector.ActivitiesIn(chat.Id).FirstOrDefault(), "Foster sent the postmortem 1:1", seconds: 60);
        Assert.Contains("INC-1 postmortem (draft 1)", TeamsWorld.TextOf(told), StringComparison.Ordinal);
        Assert.Contains("replica lag is 40 s", TeamsWorld.TextOf(told), StringComparison.Ordinal);
        Assert.Contains("postmortem-drafted", await _world.KindsAsync());
        Assert.Empty(_world.Connector.Violations);

        var link = ReportLink(inThread);
        Assert.Equal("/reports/1/1", link.AbsolutePath);
        Assert.StartsWith("?sig=", link.Query, StringComparison.Ordinal);
        Assert.Equal(link, ReportLink(inReports));
        Assert.Equal(link, ReportLink(told));
        using var page = await _world.Client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("replica lag is 40 s", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static bool IsReport(FakeTeamsActivity activity) => TeamsWorld.TextOf(activity).Contains("\"text\":\"INC-1 postmortem (draft 1)\"", StringComparison.Ordinal);

    /// <summary>Where the card's one button, "Read the full report" (<c>Action.OpenUrl</c>), leads.</summary>
    private static Uri ReportLink(FakeTeamsActivity activity)
    {
        var actions = activity.Activity["attachments"]![0]!["content"]!["actions"]!.AsArray();
        var open = Assert.Single(actions, a => a!["type"]!.GetValue<string>() == "Action.OpenUrl")!;
        Assert.Equal("Read the full report", open["title"]!.GetValue<string>());
        return new Uri(open["url"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("ack", "acknowledged")]
    [InlineData("note someone outside the roster saw it too", "note")]
    public async Task CommandBySomeoneNotInTheRoster_IsAnsweredInTheThreadAsAGuest(string command, string kind)
    {
        var (thread, _) = await OpenIncidentAsync();
        var before = _world.Connector.ActivitiesIn(thread.Id).Count;

        await CommandAsync(StrangerId, "Sam Stranger", thread, command);

        var answer = await SlackWorld.SeenAsync(
            () => _world.Connector.ActivitiesIn(thread.Id).Skip(before).FirstOrDefault(a => TeamsWorld.TextOf(a).Contains("recorded on the INC-1 timeline", StringComparison.Ordinal)
                || TeamsWorld.TextOf(a).Contains("You acknowledged INC-1", StringComparison.Ordinal)),
            "the answer to the stranger", seconds: 30);
        Assert.DoesNotContain("error", TeamsWorld.TextOf(answer), StringComparison.OrdinalIgnoreCase);
        var entry = (await _world.IncidentAsync(1)).GetProperty("timeline").EnumerateArray().Last(e => e.GetProperty("kind").GetString() == kind);
        Assert.Equal(StrangerId, entry.GetProperty("by").GetString());
        Assert.Empty(_world.Connector.Violations);
    }

    [Fact]
    public async Task AcknowledgedBySomeoneNotInTheRoster_TheCardNamesThem()
    {
        var (thread, card) = await OpenIncidentAsync();

        await CommandAsync(StrangerId, "Sam Stranger", thread, "ack");

        await SlackWorld.SeenAsync(
            () => Card(thread, card) is { } now && TeamsWorld.TextOf(now).Contains("**Acknowledged by:** Sam Stranger", StringComparison.Ordinal) ? now : null,
            "the card naming the stranger who acknowledged", seconds: 30);
        Assert.DoesNotContain(_world.Connector.ActivitiesIn(thread.Id), a => TeamsWorld.TextOf(a).Contains(StrangerId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommandBySomeoneNotInTheRosterInTheirOwnChat_IsToldWhereIncidentCommandsWork()
    {
        const string chat = "a:stranger-personal-chat";
        await OpenIncidentAsync();

        using var response = await _world.SendAsync(_world.Message(StrangerId, "Sam Stranger", chat, "ack", personal: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await SlackWorld.SeenAsync(() => _world.Connector.ActivitiesIn(chat).FirstOrDefault(), "the answer in the stranger's chat", seconds: 30);
        Assert.Contains("works in an incident channel", TeamsWorld.TextOf(answer), StringComparison.Ordinal);
        Assert.Contains("INC-1", TeamsWorld.TextOf(answer), StringComparison.Ordinal);
        Assert.Equal("triggered", (await _world.IncidentAsync(1)).GetProperty("status").GetString());
        Assert.Empty(_world.Connector.Violations);
    }

    private async Task<(FakeTeamsConversation Thread, FakeTeamsActivity Card)> OpenIncidentAsync()
    {
        await _world.PostAlertAsync("checkout-5xx", "Checkout returns 500");
        var thread = await SlackWorld.SeenAsync(() => _world.IncidentThread(), "the incident's thread", seconds: 60);
        var card = await SlackWorld.SeenAsync(() => _world.IncidentCard(thread), "the incident card in the thread", seconds: 60);
        return (thread, card);
    }

    /// <summary>The message <paramref name="original"/> as the fake Teams holds it now.</summary>
    private FakeTeamsActivity? Card(FakeTeamsConversation thread, FakeTeamsActivity original) =>
        _world.Connector.ActivitiesIn(thread.Id).FirstOrDefault(a => a.Id == original.Id);

    private async Task<FakeTeamsActivity> PromptAsync(FakeTeamsConversation thread) =>
        await SlackWorld.SeenAsync(
            () => _world.Connector.ActivitiesIn(thread.Id).LastOrDefault(a => TeamsWorld.Buttons(a).Any(b => b.ActionId == Confirm)),
            "the rollback prompt with Confirm and Cancel", seconds: 30);

    private async Task CommandAsync(string objectId, string name, FakeTeamsConversation thread, string text)
    {
        using var response = await _world.SendAsync(_world.Message(objectId, name, thread.Id, text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Ada presses a button on a card in the thread (<c>Action.Execute</c>); returns the text Teams shows her.</summary>
    private async Task<string> PressAsync(FakeTeamsConversation thread, FakeTeamsActivity card, string actionId, string value)
    {
        using var response = await _world.SendAsync(_world.Execute(TeamsWorld.AdaObjectId, "Ada Mensah", thread.Id, card.Id, actionId, value, personal: false));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return answer["value"]!.GetValue<string>();
    }
}
