using IncidentBot.Core.People;
using IncidentBot.Teams.Activities;
using IncidentBot.Teams.Connector;
using IncidentBot.Teams.Outbound;
using IncidentBot.Teams.People;
using IncidentBot.Teams.Testing.Connector;
using IncidentBot.Teams.Tests.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IncidentBot.Teams.Tests.People;

/// <summary>Teams accounts linked to the bot's people: by Entra object id, by Teams id once learnt, or by email among a team's members.</summary>
public sealed class TeamsPeopleLinkerTests : ConnectorTestBase
{
    private const string Channel = "19:incidents@thread.tacv2";
    private const string AdaObjectId = "aad-ada";

    private readonly PeopleDirectory _people = new(
    [
        new Person("ada", "Ada Mensah", "ada@contoso.com", new Dictionary<string, string> { ["teams"] = AdaObjectId }),
        new Person("grace", "Grace Hopper", "Grace@Contoso.com"),
        new Person("linus", "Linus T", "linus@contoso.com"),
    ]);

    [Fact]
    public void Link_MemberWithTheEmailOfSomeoneWithoutATeamsId_MakesThemReachableByBothIds()
    {
        var linker = Linker();

        var found = linker.Link([Member("29:grace", "aad-grace", email: "grace@contoso.com")]);

        Assert.Equal(1, found);
        Assert.Equal("aad-grace", TeamsPeople.IdOf(_people.Find("grace")!));
        Assert.Equal("grace", _people.FindByChatId("teams", "29:grace")?.Id);
        Assert.Equal("grace", _people.FindByChatId("teams", "aad-grace")?.Id);
        Assert.Null(TeamsPeople.IdOf(_people.Find("linus")!));
    }

    [Fact]
    public void Link_MemberKnownOnlyByUserPrincipalName_IsLinkedByIt()
    {
        Linker().Link([Member("29:linus", "aad-linus", upn: "LINUS@contoso.com")]);

        Assert.Equal("aad-linus", TeamsPeople.IdOf(_people.Find("linus")!));
    }

    [Fact]
    public void Link_SomeoneElseWithTheEmailOfAPersonWithAConfiguredTeamsId_IsNotThem()
    {
        var found = Linker().Link([Member("29:impostor", "aad-impostor", email: "ada@contoso.com"), Member("29:nobody", "aad-nobody", email: "nobody@contoso.com")]);

        Assert.Equal(0, found);
        Assert.Equal(AdaObjectId, TeamsPeople.IdOf(_people.Find("ada")!));
        Assert.Null(_people.FindByChatId("teams", "29:impostor"));
        Assert.Null(_people.FindByChatId("teams", "29:nobody"));
    }

    [Fact]
    public void Learn_SenderKnownByObjectId_TeachesTheirTeamsIdForMentions()
    {
        var ada = Linker().Learn(new TeamsAccount { Id = "29:ada", AadObjectId = AdaObjectId, Name = "Ada" });

        Assert.Equal("ada", ada?.Id);
        Assert.Equal("ada", _people.FindByChatId("teams", "29:ada")?.Id);
        Assert.Equal(AdaObjectId, TeamsPeople.IdOf(_people.Find("ada")!));
    }

    [Fact]
    public void Learn_SenderNotInThePeopleOrTheBot_StaysUnknown()
    {
        var linker = Linker();

        Assert.Null(linker.Learn(new TeamsAccount { Id = "29:stranger", AadObjectId = "aad-stranger", Name = "Sam" }));
        Assert.Null(linker.Learn(new TeamsAccount { Id = "28:bot", Name = "IncidentBot" }));
        Assert.Null(_people.FindByChatId("teams", "29:stranger"));
    }

    [Fact]
    public async Task ScanAsync_ManyMembersOverPages_LinksThePeopleOnEveryPage()
    {
        var members = Enumerable.Range(0, 250).Select(i => Member($"29:m{i}", $"aad-m{i}", email: $"m{i}@contoso.com")).ToList();
        members.Add(Member("29:grace", "aad-grace", email: "grace@contoso.com"));
        Harness.Teams.SetMembers(Channel, [.. members]);

        var found = await Linker().ScanAsync(Channel + ";messageid=42");

        Assert.Equal(1, found);
        Assert.Equal("grace", _people.FindByChatId("teams", "29:grace")?.Id);
        Assert.Equal(2, Harness.Teams.CallsTo("Conversations_GetConversationPagedMembers").Count);
        Assert.Empty(Harness.Teams.Violations);
    }

    [Fact]
    public async Task LearnMentionedAsync_UnknownMention_ListsTheMembersOnceAMinute()
    {
        Harness.Teams.SetMembers(Channel, Member("29:grace", "aad-grace", email: "grace@contoso.com"));
        var linker = Linker();

        await linker.LearnMentionedAsync(Channel + ";messageid=1", [new TeamsMention("29:stranger", "Sam")]);
        await linker.LearnMentionedAsync(Channel + ";messageid=1", [new TeamsMention("29:stranger", "Sam")]);
        Harness.Clock.Advance(TeamsPeopleLinker.RescanAfter);
        await linker.LearnMentionedAsync(Channel + ";messageid=1", [new TeamsMention("29:stranger", "Sam")]);

        Assert.Equal("grace", _people.FindByChatId("teams", "29:grace")?.Id);
        Assert.Equal(2, Harness.Teams.CallsTo("Conversations_GetConversationPagedMembers").Count);
    }

    [Fact]
    public async Task LearnMentionedAsync_OnlyKnownPeopleMentioned_ListsNothing()
    {
        await Linker().LearnMentionedAsync(Channel, [new TeamsMention(AdaObjectId, "Ada")]);

        Assert.Empty(Harness.Teams.CallsTo("Conversations_GetConversationPagedMembers"));
    }

    [Fact]
    public async Task LearnMentionedAsync_TeamsRefusing_LeavesTheMentionUnknownWithoutThrowing()
    {
        Harness.Teams.FailNext(FakeConnectorFault.ConversationNotFound());

        await Linker().LearnMentionedAsync(Channel, [new TeamsMention("29:grace", "Grace")]);

        Assert.Null(_people.FindByChatId("teams", "29:grace"));
    }

    [Fact]
    public async Task RosterScan_TeamsDownAtStart_ListsTheTeamOnceItIsBack()
    {
        Harness.Teams.FailNext(FakeConnectorFault.ServerError(502), BotConnectorResilience.MaxAttempts);
        Harness.Teams.SetMembers(Channel, Member("29:grace", "aad-grace", email: "grace@contoso.com"));
        var options = Options(Channel);
        using var scan = new TeamsRosterScan(Linker(options), options, Harness.Clock, NullLogger<TeamsRosterScan>.Instance);

        await scan.StartAsync(CancellationToken.None);
        for (var retry = 1; retry < BotConnectorResilience.MaxAttempts; retry++)
        {
            await Harness.Clock.AdvancePastTimerAsync(due => due > TimeSpan.Zero && due <= BotConnectorResilience.LongestRetryAfterWaited && due != TeamsRosterScan.FirstWait);
        }

        Assert.Null(_people.FindByChatId("teams", "29:grace"));
        await Harness.Clock.AdvancePastTimerAsync(due => due == TeamsRosterScan.FirstWait);
        await (scan.ExecuteTask ?? Task.CompletedTask).WaitAsync(TestClock.Patience);

        Assert.Equal("aad-grace", TeamsPeople.IdOf(_people.Find("grace")!));
    }

    private TeamsPeopleLinker Linker(IOptions<TeamsOptions>? options = null)
    {
        var teams = options ?? Options(Channel);
        var addresses = new TeamsAddressBook(new InMemoryAddressStore(), teams, Harness.Clock);
        return new TeamsPeopleLinker(_people, Harness.Client, addresses, Harness.Clock, NullLogger<TeamsPeopleLinker>.Instance);
    }

    private IOptions<TeamsOptions> Options(string channel)
    {
        var options = new TeamsOptions { AppId = "app", IncidentsChannelId = channel, ServiceUrl = Harness.Teams.ServiceUrl };
        return Microsoft.Extensions.Options.Options.Create(options);
    }

    private static TeamsMember Member(string id, string objectId, string? email = null, string? upn = null) =>
        new() { Id = id, AadObjectId = objectId, Name = id, Email = email, UserPrincipalName = upn ?? email };
}
