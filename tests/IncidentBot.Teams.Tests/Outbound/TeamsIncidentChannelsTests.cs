using IncidentBot.Teams.Outbound;
using IncidentBot.Teams.Tests.People;

namespace IncidentBot.Teams.Tests.Outbound;

public sealed class TeamsIncidentChannelsTests
{
    private const string Own = "19:inc12own@thread.tacv2";
    private const string Thread = Own + ";messageid=1700000000001";
    private const string Shared = "19:incidents0000@thread.tacv2";

    private readonly InMemoryAddressStore _store = new();

    [Theory]
    [InlineData(Own + ";messageid=1700000000777")]
    [InlineData(Thread)]
    [InlineData(Own)]
    public async Task IncidentConversationOf_AnywhereInAnIncidentsOwnChannel_TheIncidentsThread(string conversation)
    {
        await new TeamsIncidentChannels(_store, TimeProvider.System).RememberAsync(Own, Thread);

        var restarted = new TeamsIncidentChannels(_store, TimeProvider.System);

        Assert.Equal(Thread, await restarted.IncidentConversationOfAsync(conversation));
    }

    [Fact]
    public async Task IncidentConversationOf_AnotherThreadInTheSharedChannel_ItselfOnly()
    {
        var channels = new TeamsIncidentChannels(_store, TimeProvider.System);
        await channels.RememberAsync(Own, Thread);

        Assert.Equal(Shared + ";messageid=5", await channels.IncidentConversationOfAsync(Shared + ";messageid=5"));
    }

    [Fact]
    public async Task IncidentConversationOf_ChannelLookedUpBeforeItBecameAnIncidents_ItsIncidentAfter()
    {
        var channels = new TeamsIncidentChannels(_store, TimeProvider.System);
        Assert.Equal(Own + ";messageid=9", await channels.IncidentConversationOfAsync(Own + ";messageid=9"));

        await channels.RememberAsync(Own, Thread);

        Assert.Equal(Thread, await channels.IncidentConversationOfAsync(Own + ";messageid=9"));
    }
}
