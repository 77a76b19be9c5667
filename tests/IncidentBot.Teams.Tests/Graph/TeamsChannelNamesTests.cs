using IncidentBot.Teams.Graph;

namespace IncidentBot.Teams.Tests.Graph;

public sealed class TeamsChannelNamesTests
{
    [Fact]
    public void Of_ShortIncidentName_KeptAsItIs() =>
        Assert.Equal("inc-12-checkout-down", TeamsChannelNames.Of("inc-12-checkout-down"));

    [Fact]
    public void Of_LongIncidentName_CutAtADashWithinFifty()
    {
        var name = TeamsChannelNames.Of("inc-12-checkout-is-down-for-every-customer-in-europe-since-the-deploy");

        Assert.Equal("inc-12-checkout-is-down-for-every-customer-in", name);
        Assert.True(name.Length <= TeamsChannelNames.MaxLength);
    }

    [Theory]
    [InlineData("inc-3: db/primary #down?", "inc-3- db-primary -down")]
    [InlineData("_inc-4 'quoted' \"x\"", "inc-4 -quoted- -x")]
    [InlineData(".hidden.", "hidden")]
    [InlineData("~#%&*{}+/\\:<>?|'\"", "incident")]
    public void Of_ForbiddenCharactersAndEnds_Replaced(string name, string expected) =>
        Assert.Equal(expected, TeamsChannelNames.Of(name));

    [Fact]
    public void WithSuffix_LongName_SuffixStillFits()
    {
        var name = TeamsChannelNames.WithSuffix(new string('a', 80), 12);

        Assert.Equal(new string('a', 47) + "-12", name);
    }

    [Fact]
    public void WithSuffix_SecondAttempt_DashTwo() =>
        Assert.Equal("inc-12-checkout-down-2", TeamsChannelNames.WithSuffix("inc-12-checkout-down", 2));
}
