using System.Runtime.Versioning;
using IncidentBot.Playground;

namespace IncidentBot.Tests.Playground;

[UnsupportedOSPlatform("windows")]
public sealed class NodeToolsTests : IDisposable
{
    private readonly string _nowhere = Directory.CreateTempSubdirectory("no-playground-").FullName;

    public void Dispose() => Directory.Delete(_nowhere, recursive: true);

    [Fact]
    public async Task FindAsync_WithNodeAndNpxAndNoLocalInstall_UsesNpx()
    {
        using var node = new FakeNode("v18.19.0");

        var (tools, refusal) = await NodeTools.FindAsync(node.Folder, [_nowhere]);

        Assert.Null(refusal);
        Assert.Equal(Path.Combine(node.Folder, "node"), tools!.Node);
        Assert.Equal(Path.Combine(node.Folder, "npx"), tools.Npx);
        Assert.Null(tools.PlaygroundCli);
    }

    [Fact]
    public async Task FindAsync_WithTheLocalInstallAboveTheStart_UsesItsCli()
    {
        using var node = new FakeNode();
        var cli = Path.Combine(_nowhere, ".tools", "playground", "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        Directory.CreateDirectory(Path.GetDirectoryName(cli)!);
        await File.WriteAllTextAsync(cli, "");
        var below = Directory.CreateDirectory(Path.Combine(_nowhere, "src", "IncidentBot")).FullName;

        var (tools, _) = await NodeTools.FindAsync(node.Folder, [below]);

        Assert.Equal(cli, tools!.PlaygroundCli);
    }

    [Fact]
    public async Task FindAsync_WithNodeButNeitherNpxNorALocalInstall_Refuses()
    {
        using var node = new FakeNode();
        File.Delete(Path.Combine(node.Folder, "npx"));

        var (tools, refusal) = await NodeTools.FindAsync(node.Folder, [_nowhere]);

        Assert.Null(tools);
        Assert.Equal(NodeTools.Needed, refusal);
    }

    [Theory]
    [InlineData("v20.11.1", 20)]
    [InlineData("v18.0.0\n", 18)]
    [InlineData("node: not found", null)]
    [InlineData("", null)]
    public void MajorOf_NodesVersionAnswer_IsItsMajorVersion(string answer, int? major)
    {
        Assert.Equal(major, NodeTools.MajorOf(answer));
    }
}
