using IncidentBot.Playground;

namespace IncidentBot.Tests.Playground;

public sealed class AgentsPlaygroundLaunchTests
{
    private static readonly Uri Endpoint = new("http://127.0.0.1:5080/api/messages");

    [Fact]
    public void StartInfo_WithTheLocalInstall_RunsItsCliInNodeWithThePreload()
    {
        var tools = new NodeTools("/usr/bin/node", "/usr/bin/npx", "/repo/.tools/playground/node_modules/@microsoft/m365agentsplayground/cli.js");

        var start = AgentsPlaygroundLaunch.StartInfo(tools, "/data/playground/loopback.js", Endpoint, 56150, "/data/playground");

        Assert.Equal("/usr/bin/node", start.FileName);
        Assert.Equal(
            ["-r", "/data/playground/loopback.js", tools.PlaygroundCli!, "start", "-e", "http://127.0.0.1:5080/api/messages", "-c", "msteams", "-p", "56150", "--dt"],
            start.ArgumentList);
        Assert.Equal("/data/playground", start.WorkingDirectory);
        Assert.Equal("none", start.Environment["TEAMSAPPTESTER_BROWSER"]);
    }

    [Fact]
    public void StartInfo_WithoutALocalInstall_RunsThePinnedPackageThroughNpxWithThePreloadInNodeOptions()
    {
        var tools = new NodeTools("/usr/bin/node", "/usr/bin/npx", null);

        var start = AgentsPlaygroundLaunch.StartInfo(tools, "/home/a b/data/playground/loopback.js", Endpoint, 56151, "/data/playground");

        Assert.Equal("/usr/bin/npx", start.FileName);
        Assert.Equal(
            ["-y", "-p", "@microsoft/m365agentsplayground@0.2.28", "agentsplayground", "start", "-e", "http://127.0.0.1:5080/api/messages", "-c", "msteams", "-p", "56151", "--dt"],
            start.ArgumentList);
        Assert.EndsWith("--require \"/home/a b/data/playground/loopback.js\"", start.Environment["NODE_OPTIONS"], StringComparison.Ordinal);
        Assert.Equal("none", start.Environment["TEAMSAPPTESTER_BROWSER"]);
    }
}
