using System.Runtime.Versioning;
using IncidentBot.Configuration;
using IncidentBot.Security;
using Microsoft.Extensions.Configuration;

namespace IncidentBot.Tests.Host;

/// <summary>Generated webhook secrets are kept where only the bot's user can read them, and printed only in local mode.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class SecretBookFactoryTests : IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"incidentbot-secrets-{Guid.NewGuid():N}");

    [Fact]
    public void Create_OnSlackWithNothingConfigured_KeepsTheSecretsOwnerOnlyAndPrintsOnlyTheirNames()
    {
        var console = new StringWriter();

        var book = SecretBookFactory.Create(new ConfigurationBuilder().Build(), new BotOptions { DataFolder = _dataFolder }, local: false, ["generic"], console);

        var printed = console.ToString();
        Assert.Contains("Alerts:generic:Token", printed, StringComparison.Ordinal);
        Assert.Contains("IncidentBot:ApiToken", printed, StringComparison.Ordinal);
        Assert.DoesNotContain(book.ApiToken, printed, StringComparison.Ordinal);
        Assert.DoesNotContain(book.ForAlertSource("generic")!.Token!, printed, StringComparison.Ordinal);
        var file = Path.Combine(_dataFolder, SecretBookFactory.GeneratedSecretsFile);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal((byte)'{', File.ReadAllBytes(file)[0]); // plain JSON, no byte-order mark, for the tools that read it
    }

    [Fact]
    public void Create_LocalAgainWithAFileReadableByAll_PrintsTheSameSecretsAndTightensTheFile()
    {
        var first = SecretBookFactory.Create(new ConfigurationBuilder().Build(), new BotOptions { DataFolder = _dataFolder }, local: true, ["generic"], TextWriter.Null);
        var file = Path.Combine(_dataFolder, SecretBookFactory.GeneratedSecretsFile);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var console = new StringWriter();

        var again = SecretBookFactory.Create(new ConfigurationBuilder().Build(), new BotOptions { DataFolder = _dataFolder }, local: true, ["generic"], console);

        Assert.Equal(first.ApiToken, again.ApiToken);
        Assert.Contains($"IncidentBot:ApiToken = {again.ApiToken}", console.ToString(), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
