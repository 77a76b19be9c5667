using IncidentBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace IncidentBot.Tests.Host;

public sealed class ActivePlatformTests
{
    [Theory]
    [InlineData(null, null, null, Platform.Local)]
    [InlineData(null, "xoxb-1", null, Platform.Slack)]
    [InlineData(null, null, "app-id", Platform.Teams)]
    [InlineData("local", "xoxb-1", null, Platform.Local)]
    [InlineData(" SLACK ", "xoxb-1", "app-id", Platform.Slack)]
    [InlineData("teams", "xoxb-1", "app-id", Platform.Teams)]
    public void From_PlatformKeyOrCredentials_ChoosesThePlatform(string? platform, string? slackToken, string? teamsAppId, Platform expected)
    {
        var chosen = ActivePlatform.From(Configuration(("IncidentBot:Platform", platform), ("Slack:BotToken", slackToken), ("Teams:AppId", teamsAppId)));

        Assert.Equal(expected, chosen.Kind);
    }

    [Fact]
    public void From_CredentialsOfBothAndNoChoice_RefusesNamingTheKey()
    {
        var error = Assert.Throws<OptionsValidationException>(() => ActivePlatform.From(Configuration(("Slack:BotToken", "xoxb-1"), ("Teams:AppId", "app-id"))));

        Assert.StartsWith("Both Slack:BotToken and Teams:AppId are set: set IncidentBot:Platform to slack or teams", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("irc", "IncidentBot:Platform 'irc' is not a platform: use local, slack or teams")]
    [InlineData("1", "IncidentBot:Platform '1' is not a platform")]
    public void From_ValueNamingNoPlatform_RefusesNamingTheKey(string platform, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => ActivePlatform.From(Configuration(("IncidentBot:Platform", platform))));

        Assert.StartsWith(expected, Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build();
}
