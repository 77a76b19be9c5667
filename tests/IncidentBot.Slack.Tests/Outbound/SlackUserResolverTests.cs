using IncidentBot.Core.People;
using IncidentBot.Slack.Outbound;
using IncidentBot.Slack.Tests.WebApi;

namespace IncidentBot.Slack.Tests.Outbound;

/// <summary>Finding a person's Slack account by email, and noticing one created after the first look.</summary>
public sealed class SlackUserResolverTests : SlackApiTestBase
{
    [Fact]
    public async Task SlackIdOfAsync_AccountCreatedAfterTheFirstLook_IsFoundOnceTheRecheckIsDue()
    {
        var grace = new Person("grace", "Grace Hopper", "grace@example.com");
        var people = new PeopleDirectory([grace]);
        var resolver = new SlackUserResolver(Harness.Client, people, Harness.Clock);
        Assert.Null(await resolver.SlackIdOfAsync(grace));

        Harness.Slack.AddUser("U0GRACE", "grace", "grace@example.com");
        var soon = await resolver.SlackIdOfAsync(grace);
        Harness.Clock.Advance(SlackUserResolver.NotFoundRecheck);
        var later = await resolver.SlackIdOfAsync(grace);

        Assert.Null(soon);
        Assert.Equal("U0GRACE", later);
        Assert.Equal(2, Harness.Slack.CallsTo("users.lookupByEmail").Count);
        Assert.Equal("grace", people.FindByChatId(SlackOutboxKinds.Platform, "U0GRACE")?.Id);
    }
}
