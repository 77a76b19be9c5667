using IncidentBot.Slack.Testing;
using IncidentBot.Slack.WebApi;

namespace IncidentBot.Slack.Tests.WebApi;

public sealed class ConversationsApiTests : SlackApiTestBase
{
    private const string Ada = "U0ADA0001";
    private const string Grace = "U0GRACE01";

    /// <summary>Ada and Grace in the workspace; channel C0INC0001 with the bot and <paramref name="members"/>.</summary>
    private void SeedIncidentChannel(params string[] members)
    {
        Harness.Slack.AddUser(Ada, "ada");
        Harness.Slack.AddUser(Grace, "grace");
        Harness.Slack.AddChannel("C0INC0001", "inc-1", members);
    }

    [Fact]
    public async Task CreateAsync_NewName_ReturnsTheChannelWithTheBotInIt()
    {
        var channel = await Harness.Client.Conversations.CreateAsync("inc-1-api-latency", isPrivate: true);

        var call = Assert.Single(Harness.Slack.CallsTo("conversations.create"));
        Assert.True(call.Arguments["is_private"]?.GetValue<bool>());
        Assert.Equal("inc-1-api-latency", channel.Name);
        var created = Harness.Slack.Channel(channel.Id);
        Assert.NotNull(created);
        Assert.True(created.IsPrivate);
        Assert.Contains(FakeSlackServer.BotUserId, created.Members);
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task CreateAsync_NameTaken_ThrowsNameTaken()
    {
        await Harness.Client.Conversations.CreateAsync("inc-1-api-latency");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Harness.Client.Conversations.CreateAsync("inc-1-api-latency"));

        Assert.Equal(("conversations.create", "name_taken"), (error.Method, error.Error));
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task CreateAsync_SlacksNameTakenBody_ThrowsNameTaken()
    {
        Harness.Slack.FailNext("conversations.create", 1, FakeFault.Json(WebApiFixtures.Read("error_conversations_create_name_taken.json")));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Harness.Client.Conversations.CreateAsync("inc-2-db"));

        Assert.Equal("name_taken", error.Error);
    }

    [Fact]
    public async Task InviteAsync_NewMembers_InvitesThemAsOneCommaSeparatedList()
    {
        SeedIncidentChannel();

        await Harness.Client.Conversations.InviteAsync("C0INC0001", [Ada, Grace]);

        Assert.Equal($"{Ada},{Grace}", Assert.Single(Harness.Slack.CallsTo("conversations.invite")).Arg("users"));
        Assert.Superset(new HashSet<string> { Ada, Grace }, Harness.Slack.Channel("C0INC0001")!.Members.ToHashSet());
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task InviteAsync_EveryoneAlreadyInChannel_IsNotAnError()
    {
        SeedIncidentChannel(Ada, Grace);

        await Harness.Client.Conversations.InviteAsync("C0INC0001", [Ada, Grace]);

        Assert.Single(Harness.Slack.CallsTo("conversations.invite"));
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task InviteAsync_SomeAlreadyInChannel_InvitesTheOthers()
    {
        SeedIncidentChannel(Ada);

        await Harness.Client.Conversations.InviteAsync("C0INC0001", [Ada, Grace]);

        Assert.Equal([$"{Ada},{Grace}", Grace], Harness.Slack.CallsTo("conversations.invite").Select(c => c.Arg("users")));
        Assert.Contains(Grace, Harness.Slack.Channel("C0INC0001")!.Members);
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task InviteAsync_AlreadyInChannelWithoutDetails_InvitesOneByOne()
    {
        SeedIncidentChannel(Ada);
        Harness.Slack.FailNext("conversations.invite", 1, FakeFault.SlackError("already_in_channel"));

        await Harness.Client.Conversations.InviteAsync("C0INC0001", [Ada, Grace]);

        Assert.Equal([$"{Ada},{Grace}", Ada, Grace], Harness.Slack.CallsTo("conversations.invite").Select(c => c.Arg("users")));
        Assert.Contains(Grace, Harness.Slack.Channel("C0INC0001")!.Members);
    }

    [Fact]
    public async Task InviteAsync_EveryUserRefused_SaysWhoAndWhyWithoutThrowing()
    {
        Harness.Slack.AddChannel("C0INC0001", "inc-1");
        Harness.Slack.FailNext("conversations.invite", 1, FakeFault.Json(WebApiFixtures.Read("error_conversations_invite_partial.json")));

        var refused = await Harness.Client.Conversations.InviteAsync("C0INC0001", ["U111111", "U222222"]);

        Assert.Equal([new SlackInviteRefusal("U111111", "user_not_found"), new SlackInviteRefusal("U222222", "cant_invite_self")], refused);
        Assert.Single(Harness.Slack.CallsTo("conversations.invite"));
    }

    [Fact]
    public async Task InviteAsync_AGuestAmongThem_InvitesTheOthersAndNamesTheGuest()
    {
        SeedIncidentChannel();
        Harness.Slack.FailNext("conversations.invite", 1, FakeFault.Json(
            $$"""{"ok":false,"error":"user_is_restricted","errors":[{"user":"{{Grace}}","ok":false,"error":"user_is_restricted"}]}"""));

        var refused = await Harness.Client.Conversations.InviteAsync("C0INC0001", [Ada, Grace]);

        Assert.Equal([new SlackInviteRefusal(Grace, "user_is_restricted")], refused);
        Assert.Equal([$"{Ada},{Grace}", Ada], Harness.Slack.CallsTo("conversations.invite").Select(c => c.Arg("users")));
        Assert.Contains(Ada, Harness.Slack.Channel("C0INC0001")!.Members);
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task InviteAsync_ChannelGone_Throws()
    {
        Harness.Slack.AddChannel("C0INC0001", "inc-1");
        Harness.Slack.FailNext("conversations.invite", 1, FakeFault.SlackError("is_archived"));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Harness.Client.Conversations.InviteAsync("C0INC0001", [Ada, Grace]));

        Assert.Equal("is_archived", error.Error);
    }

    [Fact]
    public async Task SetTopicAsync_Channel_SetsWhatMembersSeeInTheHeader()
    {
        Harness.Slack.AddChannel("C0INC0001", "inc-1");

        await Harness.Client.Conversations.SetTopicAsync("C0INC0001", "INC-1 · sev2 · api latency");

        Assert.Equal("INC-1 · sev2 · api latency", Harness.Slack.Channel("C0INC0001")?.Topic);
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task JoinAsync_PublicChannelWithoutTheBot_MakesTheBotAMember()
    {
        Harness.Slack.AddChannel("C0GENERAL", "general", botIsMember: false);

        await Harness.Client.Conversations.JoinAsync("C0GENERAL");
        await Harness.Client.Conversations.JoinAsync("C0GENERAL");

        Assert.Contains(FakeSlackServer.BotUserId, Harness.Slack.Channel("C0GENERAL")!.Members);
        Assert.Empty(Harness.Slack.Violations);
    }
}
