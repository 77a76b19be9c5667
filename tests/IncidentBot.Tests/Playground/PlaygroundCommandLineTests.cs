using IncidentBot.Playground;
using Microsoft.Extensions.Configuration;

namespace IncidentBot.Tests.Playground;

public sealed class PlaygroundCommandLineTests
{
    [Fact]
    public void Parse_WithoutAPort_UsesThePlaygroundsDefaultAndPassesSettingsOn()
    {
        var commandLine = PlaygroundCommandLine.Parse(["--IncidentBot:TimeZone=Europe/Paris"])!;

        Assert.Equal(56150, commandLine.Port);
        Assert.Equal(["--IncidentBot:TimeZone=Europe/Paris"], commandLine.Settings);
        Assert.Equal("http://127.0.0.1:56150/", commandLine.Page.ToString());
    }

    [Theory]
    [InlineData("--port", "56151")]
    [InlineData("--port=56151", null)]
    public void Parse_WithAPort_TakesItAndKeepsItFromTheBot(string option, string? value)
    {
        string[] arguments = value is null ? ["--Urls=http://127.0.0.1:5081", option] : ["--Urls=http://127.0.0.1:5081", option, value];

        var commandLine = PlaygroundCommandLine.Parse(arguments)!;

        Assert.Equal(56151, commandLine.Port);
        Assert.Equal(["--Urls=http://127.0.0.1:5081"], commandLine.Settings);
    }

    [Theory]
    [InlineData("--port")]
    [InlineData("--port=http")]
    [InlineData("--port=0")]
    [InlineData("--port=65536")]
    [InlineData("--port=-1")]
    public void Parse_WithAPortThatIsNone_IsRefused(string option)
    {
        Assert.Null(PlaygroundCommandLine.Parse([option]));
    }

    [Fact]
    public void BotArguments_AfterThePersonsSettings_PlaygroundModeAndThePlaygroundsConnectorWin()
    {
        var arguments = PlaygroundCommandLine.Parse(["--port", "56151", "--Teams:AllowUnauthenticatedLocalClient=false", "--OnCall:EscalateAfter=00:10:00"])!.BotArguments();

        var configuration = new ConfigurationBuilder().AddCommandLine(arguments).Build();
        Assert.Equal("teams", configuration["IncidentBot:Platform"]);
        Assert.Equal("true", configuration["Teams:AllowUnauthenticatedLocalClient"]);
        Assert.Equal("http://localhost:56151/_connector", configuration["Teams:ServiceUrl"]);
        Assert.Equal("00:10:00", configuration["OnCall:EscalateAfter"]);
        Assert.Null(configuration["Urls"]);
    }
}
