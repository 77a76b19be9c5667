using System.Net;
using IncidentBot.Teams;
using IncidentBot.Tests.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IncidentBot.Tests.Teams;

/// <summary>
/// Playground mode as the README starts it: Teams without an app registration, for the Agents Playground on this
/// machine. It starts with incidents in the Playground's General channel; it refuses to start where anyone but this
/// machine could reach it; without the switch Teams still needs its credentials.
/// </summary>
public sealed class PlaygroundModeTests
{
    [Fact]
    public async Task Start_TeamsWithTheSwitchAndNoCredentials_RunsWithIncidentsInThePlaygroundsGeneralChannel()
    {
        await using var bot = Playground();

        using var client = bot.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var teams = bot.Services.GetRequiredService<IOptions<TeamsOptions>>().Value;
        Assert.True(teams.IsPlayground);
        Assert.Equal("team-id", teams.IncidentsChannelId);
    }

    [Fact]
    public async Task Start_PlaygroundModeWithAChannelChosen_KeepsIt()
    {
        await using var bot = Playground();
        bot.Settings["Teams:IncidentsChannelId"] = "channel-announcements-id";

        using var client = bot.CreateClient();

        Assert.Equal("channel-announcements-id", bot.Services.GetRequiredService<IOptions<TeamsOptions>>().Value.IncidentsChannelId);
    }

    [Theory]
    [InlineData("http://0.0.0.0:3978")]
    [InlineData("http://*:3978")]
    [InlineData("http://127.0.0.1:3978;http://192.0.2.10:3978")]
    public async Task Start_PlaygroundModeListeningBeyondThisMachine_Refused(string urls)
    {
        await using var bot = Playground();
        bot.Settings["Urls"] = urls;

        var failure = Failure(() => bot.CreateClient());

        Assert.Contains(failure.Failures, f => f.Contains("must listen on loopback only", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_TeamsWithoutCredentialsOrTheSwitch_RefusedNamingBoth()
    {
        await using var bot = new BotFactory();
        bot.Settings["IncidentBot:Platform"] = "teams";

        var failure = Failure(() => bot.CreateClient());

        Assert.Contains(failure.Failures, f => f.Contains("Teams:AppId, Teams:AppPassword (or Teams:CertificatePath) and Teams:TenantId are required", StringComparison.Ordinal)
            && f.Contains("Teams:AllowUnauthenticatedLocalClient=true", StringComparison.Ordinal));
    }

    private static BotFactory Playground()
    {
        var bot = new BotFactory();
        bot.Settings["IncidentBot:Platform"] = "teams";
        bot.Settings["Teams:AllowUnauthenticatedLocalClient"] = "true";
        bot.Settings["Urls"] = "http://127.0.0.1:3978";
        return bot;
    }

    private static OptionsValidationException Failure(Action start)
    {
        var error = Assert.ThrowsAny<Exception>(start);
        return error as OptionsValidationException ?? error.InnerException as OptionsValidationException
            ?? throw new Xunit.Sdk.XunitException($"Expected a validation failure, got {error}");
    }
}
