using System.Text.Json.Nodes;

using IncidentBot.Teams.Connector;
using IncidentBot.Teams.Testing.Connector;

namespace IncidentBot.Teams.Tests.Connector;

/// <summary>Each call reaches the fake Bot Connector on the swagger's route, with the body Teams needs, and is applied.</summary>
public sealed class BotConnectorClientTests : ConnectorTestBase
{
    private const string Thread = "19:6848757105754c8981c67612732d9aa7@thread.tacv2;messageid=1795569074758";

    private Uri ServiceUrl => Harness.Teams.ServiceUrl;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Assert.EndsWith("/", ServiceUrl.AbsoluteUri);
    }

    [Fact]
    public async Task Send_ToAChannelThread_PostsToItsActivitiesWithTheIdEscaped()
    {
        var id = await Harness.Client.SendAsync(ServiceUrl, Thread, OutgoingActivity.Message("timeline: mitigated"));

        var call = Assert.Single(Harness.Teams.CallsTo("Conversations_SendToConversation"));
        Assert.Equal("POST", call.HttpMethod);
        Assert.Equal("/v3/conversations/19%3A6848757105754c8981c67612732d9aa7%40thread.tacv2%3Bmessageid%3D1795569074758/activities", call.Path);
        Assert.Equal(Thread, call.Value("conversationId"));
        Assert.Equal(FakeTokenState.Valid, Harness.Tokens.Check(call.Token));
        var sent = Assert.Single(Harness.Teams.ActivitiesIn(Thread));
        Assert.Equal((id, "timeline: mitigated"), (sent.Id, sent.Text));
        Assert.Equal("message", sent.Activity["type"]?.GetValue<string>());
        Assert.Equal("markdown", sent.Activity["textFormat"]?.GetValue<string>());
        Assert.Empty(Harness.Teams.Violations);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Send_ServiceUrlWithOrWithoutTrailingSlash_ReachesTheSameRoute(bool trailingSlash)
    {
        var serviceUrl = new Uri(trailingSlash ? ServiceUrl.AbsoluteUri : ServiceUrl.AbsoluteUri.TrimEnd('/'));

        await Harness.Client.SendAsync(serviceUrl, "a:personal-chat", OutgoingActivity.Message("hello"));

        Assert.Equal("/v3/conversations/a%3Apersonal-chat/activities", Assert.Single(Harness.Teams.Calls).Path);
        Assert.Empty(Harness.Teams.Violations);
    }

    [Fact]
    public void AddressOf_ServiceUrlWithARegionPath_KeepsThePath()
    {
        var withSlash = BotConnectorTransport.AddressOf(new Uri("https://smba.trafficmanager.net/amer/"), "v3/conversations");
        var withoutSlash = BotConnectorTransport.AddressOf(new Uri("https://smba.trafficmanager.net/amer"), "v3/conversations");

        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations", withSlash.AbsoluteUri);
        Assert.Equal(withSlash, withoutSlash);
    }

    [Fact]
    public async Task Send_ACard_SendsOneAdaptiveCardAttachmentAndNoText()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JsonArray() };

        await Harness.Client.SendAsync(ServiceUrl, Thread, OutgoingActivity.Card(card, summary: "INC-42 declared"));

        var sent = Assert.Single(Harness.Teams.Activities);
        Assert.Null(sent.Text);
        Assert.Equal("application/vnd.microsoft.card.adaptive", sent.Activity["attachments"]?[0]?["contentType"]?.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(card, sent.Card));
        Assert.Equal("INC-42 declared", sent.Activity["summary"]?.GetValue<string>());
        Assert.Empty(Harness.Teams.Violations);
    }

    [Fact]
    public async Task Send_TextAndACardInOneActivity_IsRefusedBeforeAnyCall()
    {
        var mixed = OutgoingActivity.Message("INC-42") with { Attachments = [ConnectorAttachment.AdaptiveCard(new JsonObject())] };

        await Assert.ThrowsAsync<ArgumentException>(() => Harness.Client.SendAsync(ServiceUrl, Thread, mixed));

        Assert.Empty(Harness.Teams.Calls);
    }

    [Fact]
    public async Task Reply_PostsToTheActivityWithReplyToId()
    {
        var id = await Harness.Client.ReplyAsync(ServiceUrl, "a:personal-chat", "2be17060", OutgoingActivity.Message("echo"));

        var call = Assert.Single(Harness.Teams.CallsTo("Conversations_ReplyToActivity"));
        Assert.Equal("/v3/conversations/a%3Apersonal-chat/activities/2be17060", call.Path);
        var reply = Assert.Single(Harness.Teams.Activities);
        Assert.Equal((id, "2be17060"), (reply.Id, reply.ReplyToId));
        Assert.Empty(Harness.Teams.Violations);
    }

    [Fact]
    public async Task Update_PutsTheNewActivityUnderItsId()
    {
        var id = await Harness.Client.SendAsync(ServiceUrl, Thread, OutgoingActivity.Message("INC-43 declared"));

        await Harness.Client.UpdateAsync(ServiceUrl, Thread, id, OutgoingActivity.Message("INC-43 (resolved)"));

        var call = Assert.Single(Harness.Teams.CallsTo("Conversations_UpdateActivity"));
        Assert.Equal("PUT", call.HttpMethod);
        Assert.Equal(id, call.Body?["id"]?.GetValue<string>());
        var updated = Assert.Single(Harness.Teams.Activities);
        Assert.Equal(("INC-43 (resolved)", 1), (updated.Text, updated.Updates));
        Assert.Empty(Harness.Teams.Violations);
    }

    [Fact]
    public async Task Delete_DeletesTheActivity()
    {
        var id = await Harness.Client.SendAsync(ServiceUrl, Thread, OutgoingActivity.Message("oops"));

        await Harness.Client.DeleteAsync(ServiceUrl, Thread, id);

        Assert.Equal("DELETE", Assert.Single(Harness.Teams.CallsTo("Conversations_DeleteActivity")).HttpMethod);
        Assert.True(Assert.Single(Harness.Teams.Activities).Deleted);
        Assert.Empty(Harness.Teams.Violations);
    }

    [Fact]
    public async Task CreateChannelThread_SendsTheShapeTeamsInfoSends_ReturnsTheThreadToReplyIn()
    {
        const string channel = "19:6848757105754c8981c67612732d9aa7@thread.tacv2";

        var thread = await Harness.Client.CreateChannelThreadAsync(ServiceUrl, channel, OutgoingActivity.Message("INC-42 declared"));
        await Harness.Client.SendAsync(ServiceUrl, thread.Id, OutgoingActivity.Message("timeline: paged alice"));

        var body = Assert.Single(Harness.Teams.CallsTo("Conversations_CreateConversation")).Body!.AsObject();
        var fixture = Fixture("create_conversation_channel_thread_request.json");
        Assert.Equal(fixture["isGroup"]!.GetValue<bool>(), body["isGroup"]!.GetValue<bool>());
        Assert.True(JsonNode.DeepEquals(fixture["channelData"], body["channelData"]));
        Assert.Equal("INC-42 declared", body["activity"]?["text"]?.GetValue<string>());
        Assert.Equal("28:" + FakeTeamsTokenEndpoint.AppId, body["bot"]?["id"]?.GetValue<string>());
        Assert.StartsWith(channel + ";messageid=", thread.Id);
        Assert.Equal(thread.ActivityId, Harness.Teams.ActivitiesIn(thread.Id)[0].Id);
        Assert.Equal(2, Harness.Teams.ActivitiesIn(thread.Id).Count);
        Assert.Empty(Harness.Teams.Violations);
    }

    [Fact]
    public async Task CreatePersonalConversation_SendsBotMemberAndTenantAsTheDocsShow()
    {
        var chat = await Harness.Client.CreatePersonalConversationAsync(ServiceUrl, "29:012d20j1cjo20211", FakeTeamsTokenEndpoint.TenantId);
        await Harness.Client.SendAsync(ServiceUrl, chat.Id, OutgoingActivity.Message("You are paged for INC-42"));

        var body = Assert.Single(Harness.Teams.CallsTo("Conversations_CreateConversation")).Body!.AsObject();
        var fixture = Fixture("create_conversation_personal_request.json");
        Assert.Equal(["bot", "channelData", "isGroup", "members", "tenantId"], body.Select(p => p.Key).Order());
        Assert.True(JsonNode.DeepEquals(fixture["members"], body["members"]));
        Assert.StartsWith("28:", body["bot"]?["id"]?.GetValue<string>());
        Assert.False(body["isGroup"]!.GetValue<bool>());
        Assert.Equal(FakeTeamsTokenEndpoint.TenantId, body["channelData"]?["tenant"]?["id"]?.GetValue<string>());
        Assert.Equal(FakeTeamsTokenEndpoint.TenantId, body["tenantId"]?.GetValue<string>());
        Assert.Equal("29:012d20j1cjo20211", Assert.Single(Harness.Teams.Conversations, c => c.Id == chat.Id).MemberId);
        Assert.Equal("You are paged for INC-42", Assert.Single(Harness.Teams.ActivitiesIn(chat.Id)).Text);
        Assert.Empty(Harness.Teams.Violations);
    }

    [Fact]
    public async Task GetPagedMembers_FollowsTheContinuationToken()
    {
        Harness.Teams.SetMembers(
            Thread,
            new TeamsMember { Id = "29:alice", Name = "Alice", AadObjectId = "aad-alice", UserPrincipalName = "alice@contoso.com" },
            new TeamsMember { Id = "29:bob", Name = "Bob" },
            new TeamsMember { Id = "29:carol", Name = "Carol" });

        var first = await Harness.Client.GetPagedMembersAsync(ServiceUrl, Thread, pageSize: 2);
        var second = await Harness.Client.GetPagedMembersAsync(ServiceUrl, Thread, pageSize: 2, continuationToken: first.ContinuationToken);

        Assert.Equal(["29:alice", "29:bob"], first.Members.Select(m => m.Id));
        Assert.Equal(("aad-alice", "alice@contoso.com"), (first.Members[0].AadObjectId, first.Members[0].UserPrincipalName));
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(["29:carol"], second.Members.Select(m => m.Id));
        Assert.Null(second.ContinuationToken);
        Assert.Contains("pageSize=2", Harness.Teams.Calls[0].Query);
        Assert.Empty(Harness.Teams.Violations);
    }

    private static JsonObject Fixture(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Connector", name)))!.AsObject();
}
