using IncidentBot.Core.People;
using IncidentBot.Slack.Outbound;
using IncidentBot.Slack.Testing;
using IncidentBot.Slack.Tests.WebApi;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IncidentBot.Slack.Tests.Outbound;

/// <summary>People are linked to their Slack accounts at start, however long Slack takes to answer.</summary>
public sealed class SlackPeopleLinkerTests : SlackApiTestBase
{
    [Fact]
    public async Task Linker_SlackRateLimitsTheFirstFourLookups_KeepsTryingAndLinksThePerson()
    {
        Harness.Slack.AddUser("U0GRACE", "grace", "grace@example.com");
        Harness.Slack.FailNext("users.lookupByEmail", 4, FakeFault.RateLimited(TimeSpan.FromMinutes(1)));
        var people = new PeopleDirectory([new Person("grace", "Grace Hopper", "grace@example.com")]);
        var options = Options.Create(new SlackOptions { BotToken = SlackApiHarness.BotToken, SigningSecret = "secret" });
        using var linker = new SlackPeopleLinker(
            people, new SlackUserResolver(Harness.Client, people, Harness.Clock), options, Harness.Clock, NullLogger<SlackPeopleLinker>.Instance);

        await linker.StartAsync(CancellationToken.None);
        foreach (var seconds in new[] { 20, 40, 80, 160 })
        {
            await Harness.Clock.AdvancePastTimerAsync(TimeSpan.FromSeconds(seconds));
        }

        await linker.ExecuteTask!.WaitAsync(TestClock.Patience);
        Assert.Equal("grace", people.FindByChatId(SlackOutboxKinds.Platform, "U0GRACE")?.Id);
        Assert.Equal(5, Harness.Slack.CallsTo("users.lookupByEmail").Count);
    }
}
