using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using IncidentBot.Packaging;

namespace IncidentBot.Tests.Packaging;

public sealed class TeamsPackageCliTests : IDisposable
{
    private const string AppId = "6f1c2a3b-0d4e-4f5a-9b8c-7d6e5f4a3b2c";
    private readonly string _folder = Directory.CreateTempSubdirectory("teams-package-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Package_WithAppIdAndPublicAddress_ZipsAFilledManifestAndBothIcons()
    {
        var zipPath = Path.Combine(_folder, "incidentbot-teams.zip");

        var (code, _, error) = await RunAsync("--out", zipPath, $"--Teams:AppId={AppId}", "--IncidentBot:PublicBaseUrl=https://incidents.contoso.example:8443/");

        Assert.True(code == 0, error);
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        var root = manifest.RootElement;
        Assert.Equal(AppId, root.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal(AppId, root.GetProperty("webApplicationInfo").GetProperty("id").GetString());
        Assert.Contains("incidents.contoso.example:8443", root.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
        Assert.DoesNotContain("{{", root.GetRawText(), StringComparison.Ordinal);
        Assert.Equal((192, 192), PngSize(zip.GetEntry("color.png")!));
        Assert.Equal((32, 32), PngSize(zip.GetEntry("outline.png")!));
    }

    [Theory]
    [InlineData("--Teams:AppId=my-bot", "--IncidentBot:PublicBaseUrl=https://bot.example", "Teams:AppId must be")]
    [InlineData("--Teams:AppId=" + AppId, "--IncidentBot:PublicBaseUrl=http://bot.example", "IncidentBot:PublicBaseUrl must be")]
    public async Task Package_WithoutWhatTheManifestNeeds_RefusesInOneLineAndWritesNothing(string appId, string address, string expected)
    {
        var zipPath = Path.Combine(_folder, "package.zip");

        var (code, _, error) = await RunAsync("--out", zipPath, appId, address);

        Assert.Equal(1, code);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public async Task Package_OntoAnExistingFile_LeavesItAlone()
    {
        var zipPath = Path.Combine(_folder, "kept.zip");
        await File.WriteAllTextAsync(zipPath, "mine");

        var (code, _, error) = await RunAsync("--out", zipPath, $"--Teams:AppId={AppId}", "--IncidentBot:PublicBaseUrl=https://bot.example");

        Assert.Equal(1, code);
        Assert.Contains("exists already", error, StringComparison.Ordinal);
        Assert.Equal("mine", await File.ReadAllTextAsync(zipPath));
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await TeamsPackageCli.RunAsync(arguments, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Width and height from the PNG's header chunk.</summary>
    private static (int Width, int Height) PngSize(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var header = new byte[24];
        stream.ReadExactly(header);
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }
}
