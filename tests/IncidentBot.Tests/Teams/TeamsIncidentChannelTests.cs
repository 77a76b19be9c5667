using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using IncidentBot.Teams.Testing.Connector;
using IncidentBot.Teams.Testing.Graph;
using IncidentBot.Tests.Slack;

namespace IncidentBot.Tests.Teams;

/// <summary>
/// Incidents with a channel of their own in the incidents team (<c>Teams:IncidentsTeamId</c>) through the real host:
/// the channel created through Graph and named after the incident, the card's thread there kept current in place,
/// everything written in the channel the incident's, and Graph refusing or failing for a while.
/// </summary>
public sealed class TeamsIncidentChannelTests : IAsyncLifetime
{
    private TeamsWorld _world = null!;

    public async Task InitializeAsync() =>
        _world = await TeamsWorld.StartAsync(bot => bot.Settings["Teams:IncidentsTeamId"] = TeamsWorld.IncidentsTeamGroupId);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Alert_ChannelNamedAfterTheIncidentWithItsCardUpdatedInPlace()
    {
        var (channel, thread, card) = await OpenIncidentAsync();

        Assert.Equal("inc-1-checkout-returns-500", channel.DisplayName);
        Assert.Equal(TeamsWorld.IncidentsTeamGroupId, channel.TeamId);
        Assert.Contains("INC-1", channel.Description, StringComparison.Ordinal);
        Assert.Null(_world.IncidentThread());
        await CommandAsync(thread.Id, "ack");
        await SlackWorld.SeenAsync(
            () => _world.Connector.ActivitiesIn(thread.Id).FirstOrDefault(a => a.Id == card.Id && TeamsWorld.TextOf(a).Contains("**Acknowledged by:** Ada Mensah", StringComparison.Ordinal)),
            "the card in the incident's own channel showing Ada's acknowledgement", seconds: 30);
        Assert.Single(_world.Connector.ActivitiesIn(thread.Id), a => TeamsWorld.TextOf(a).Contains("Acknowledged by", StringComparison.Ordinal));
        Assert.Equal(channel.DisplayName, (await _world.IncidentAsync(1)).GetProperty("channel").GetString());
        Assert.Empty(_world.Connector.Violations);
        Assert.Empty(_world.Graph.Violations);
    }

    [Fact]
    public async Task TopLevelPostsInTheChannel_AreTheIncidents()
    {
        var (channel, _, _) = await OpenIncidentAsync();
        const string Finding = "Payments client retries without backoff";

        var post = Post(channel.Id, TeamsWorld.KofiObjectId, "Kofi Boateng", Finding);
        using (var posted = await _world.SendAsync(post))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        using var added = await _world.SendAsync(AddToTimeline(post["conversation"]!["id"]!.GetValue<string>(), post["id"]!.GetValue<string>()));
        Assert.Contains("Added to the incident timeline", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var pinned = Assert.Single((await _world.IncidentAsync(1)).GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "message-pinned");
        Assert.Equal(Finding, pinned.GetProperty("text").GetString());

        var note = Post(channel.Id, TeamsWorld.AdaObjectId, "Ada Mensah", "<at>IncidentBot</at> note failover started", mentionsBot: true);
        using (var noted = await _world.SendAsync(note))
        {
            Assert.Equal(HttpStatusCode.OK, noted.StatusCode);
        }

        await SlackWorld.SeenAsync(
            async () => (await _world.KindsAsync()).Contains("note"), "Ada's note, written top-level in the channel, on the INC-1 timeline", seconds: 30);
        await SlackWorld.SeenAsync(
            () => _world.Connector.ActivitiesIn(note["conversation"]!["id"]!.GetValue<string>()).FirstOrDefault(),
            "the answer to Ada's note, under her post", seconds: 30);
    }

    [Fact]
    public async Task ChannelCreatedEvent_ForTheNewChannel_ChangesNothing()
    {
        var (channel, thread, _) = await OpenIncidentAsync();
        var graphCalls = _world.Graph.Calls.Count;
        var created = _world.Message(TeamsWorld.AdaObjectId, "Ada Mensah", TeamsWorld.TeamId, "");
        created.Remove("text");
        created.Remove("entities");
        created["type"] = "conversationUpdate";
        created["channelData"]!["eventType"] = "channelCreated";
        created["channelData"]!["channel"] = new JsonObject { ["id"] = channel.Id, ["name"] = channel.DisplayName };
        created["channelData"]!["team"] = new JsonObject { ["id"] = TeamsWorld.TeamId, ["aadGroupId"] = TeamsWorld.IncidentsTeamGroupId };

        using var response = await _world.SendAsync(created);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await CommandAsync(thread.Id, "note still here");
        await SlackWorld.SeenAsync(
            async () => (await _world.IncidentAsync(1)).GetProperty("timeline").EnumerateArray().Any(e => e.GetProperty("text").GetString() == "still here"),
            "the note after the event, on the same incident", seconds: 30);
        Assert.Equal(graphCalls, _world.Graph.Calls.Count);
        Assert.Single(_world.Graph.Channels);
        Assert.Single(_world.Connector.Conversations, c => c.IsGroup);
        Assert.Empty(_world.Connector.Violations);
    }

    [Fact]
    public async Task GraphForbidden_ThreadInTheIncidentsChannelWithTheReasonOnTheTimeline()
    {
        _world.Graph.FailNext(FakeGraphFault.Forbidden());

        await _world.PostAlertAsync("checkout-5xx", "Checkout returns 500");

        var thread = await SlackWorld.SeenAsync(() => _world.IncidentThread(), "the incident's thread in the incidents channel", seconds: 60);
        var notice = await SlackWorld.SeenAsync(
            () => _world.Connector.ActivitiesIn(thread.Id).FirstOrDefault(a => TeamsWorld.TextOf(a).Contains("team owner must add IncidentBot", StringComparison.Ordinal)),
            "the reason told in the thread", seconds: 30);
        Assert.Contains("Channel.Create.Group", TeamsWorld.TextOf(notice), StringComparison.Ordinal);
        var failed = Assert.Single((await _world.IncidentAsync(1)).GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "message-failed");
        Assert.Contains("HTTP 403", failed.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(_world.Graph.Channels);
        Assert.Empty(_world.Connector.Violations);
    }

    [Fact]
    public async Task GraphUnavailableThenUp_OneChannel()
    {
        _world.Graph.FailNext(FakeGraphFault.Unavailable());

        var (channel, _, _) = await OpenIncidentAsync();

        Assert.Equal(channel, Assert.Single(_world.Graph.Channels));
        Assert.Equal([503, 201], _world.Graph.Calls.Select(c => c.StatusCode));
        Assert.Single(_world.Connector.Conversations, c => c.IsGroup && c.ChannelId == channel.Id);
        Assert.Null(_world.IncidentThread());
    }

    private async Task<(FakeGraphChannel Channel, FakeTeamsConversation Thread, FakeTeamsActivity Card)> OpenIncidentAsync()
    {
        await _world.PostAlertAsync("checkout-5xx", "Checkout returns 500");
        var channel = await SlackWorld.SeenAsync(() => _world.Graph.Channels.FirstOrDefault(), "the incident's channel in the team", seconds: 60);
        var thread = await SlackWorld.SeenAsync(() => _world.ThreadIn(channel.Id), "the card's thread in the incident's channel", seconds: 60);
        var card = await SlackWorld.SeenAsync(() => _world.IncidentCard(thread), "the incident card in its channel", seconds: 60);
        return (channel, thread, card);
    }

    private async Task CommandAsync(string conversationId, string text)
    {
        using var response = await _world.SendAsync(_world.Message(TeamsWorld.AdaObjectId, "Ada Mensah", conversationId, text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A post of its own in <paramref name="channelId"/>: Teams makes it a thread, <c>{channel};messageid={its id}</c>.</summary>
    private JsonObject Post(string channelId, string objectId, string name, string text, bool mentionsBot = false)
    {
        var post = _world.Message(objectId, name, channelId, "");
        post["conversation"]!["id"] = $"{channelId};messageid={post["id"]!.GetValue<string>()}";
        post["text"] = text;
        if (!mentionsBot)
        {
            post.Remove("entities");
        }

        return post;
    }

    /// <summary>Ada running "Add to timeline" on a message the bot already read: Teams' copy of it carries no body here.</summary>
    private JsonObject AddToTimeline(string conversationId, string messageId)
    {
        var activity = _world.Message(TeamsWorld.AdaObjectId, "Ada Mensah", conversationId, "");
        activity.Remove("text");
        activity.Remove("entities");
        activity["type"] = "invoke";
        activity["name"] = "composeExtension/fetchTask";
        activity["value"] = new JsonObject
        {
            ["commandId"] = "addToTimeline",
            ["commandContext"] = "message",
            ["messagePayload"] = new JsonObject
            {
                ["id"] = messageId,
                ["createdDateTime"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                ["messageType"] = "message",
            },
        };
        return activity;
    }
}
