using IncidentBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace IncidentBot.Tests.Host;

public sealed class ActivePlatformTests
{
    [Theory]
    [InlineData(null, null, Platform.Local)]
    [InlineData(null, "xoxb-1", Platform.Slack)]
    [InlineData("local", "xoxb-1", Platform.Local)]
    [InlineData(" SLACK ", "xoxb-1", Platform.Slack)]
    public void From_PlatformKeyOrCredentials_ChoosesThePlatform(string? platform, string? slackToken, Platform expected)
    {
        var chosen = ActivePlatform.From(Configuration(("IncidentBot:Platform", platform), ("Slack:BotToken", slackToken)));

        Assert.Equal(expected, chosen.Kind);
    }

    [Theory]
    [InlineData("irc", "IncidentBot:Platform 'irc' is not a platform: use local, slack or teams")]
    [InlineData("1", "IncidentBot:Platform '1' is not a platform")]
    [InlineData("teams", "IncidentBot:Platform 'teams': Microsoft Teams is not available in this version yet")]
    public void From_ValueNamingNoRunnablePlatform_RefusesNamingTheKey(string platform, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => ActivePlatform.From(Configuration(("IncidentBot:Platform", platform))));

        Assert.StartsWith(expected, Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build();
}
