using IncidentBot.Local;
using IncidentBot.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Host;

/// <summary>The real host on a temporary data folder with known secrets and a small on-call roster.</summary>
public sealed class BotFactory : WebApplicationFactory<Program>
{
    public const string AlertToken = "alert-token-for-tests";
    public const string ChangesToken = "changes-token-for-tests";
    public const string ApiToken = "api-token-for-tests";
    public const string GrafanaHmacSecret = "grafana-hmac-for-tests";

    private readonly bool _deletesDataFolder;

    /// <summary>A bot on a data folder of its own, deleted when the bot is disposed.</summary>
    public BotFactory()
        : this(NewDataFolder(), deletesDataFolder: true)
    {
    }

    /// <summary>
    /// A bot on <paramref name="dataFolder"/>; left in place at dispose unless <paramref name="deletesDataFolder"/>, so a
    /// restart test starts the next bot on it.
    /// </summary>
    public BotFactory(string dataFolder, bool deletesDataFolder)
    {
        DataFolder = dataFolder;
        _deletesDataFolder = deletesDataFolder;
    }

    public string DataFolder { get; }

    public static string NewDataFolder() => Path.Combine(Path.GetTempPath(), $"incidentbot-tests-{Guid.NewGuid():N}");

    public LocalWorkspace Workspace => Services.GetRequiredService<LocalWorkspace>();

    public LocalUser User => Services.GetRequiredService<LocalUser>();

    /// <summary>Settings for one test's bot, applied over the defaults; fill it before the first client is created.</summary>
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>Services a test puts over the bot's own (e.g. trust in a fake's certificate).</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    /// <summary>Wraps the streams of the data file and its log (<see cref="StorageOptions.WrapFile"/>), to fail writes as a full disk does.</summary>
    public Func<Stream, Stream>? WrapDataFiles { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("IncidentBot:DataFolder", DataFolder);
        builder.UseSetting("IncidentBot:ApiToken", ApiToken);
        builder.UseSetting("IncidentBot:TimeZone", "Europe/London");

        // In-process tests keep jobs in memory; the process tests (Process/) run the bot on its database file.
        builder.UseSetting("IncidentBot:JobStorage", "memory");
        builder.UseSetting("Alerts:alertmanager:Token", AlertToken);
        builder.UseSetting("Alerts:generic:Token", AlertToken);
        builder.UseSetting("Alerts:grafana:HmacSecret", GrafanaHmacSecret);
        builder.UseSetting("Changes:Token", ChangesToken);
        builder.UseSetting("People:0:Id", "ada");
        builder.UseSetting("People:0:Name", "Ada Mensah");
        builder.UseSetting("People:1:Id", "kofi");
        builder.UseSetting("People:1:Name", "Kofi Boateng");
        builder.UseSetting("People:2:Id", "foster");
        builder.UseSetting("People:2:Name", "Foster Adu-Gyamfi");
        builder.UseSetting("OnCall:EscalateAfter", "01:00:00");
        builder.UseSetting("OnCall:Levels:0:0", "ada");
        builder.UseSetting("OnCall:Levels:1:0", "kofi");
        builder.UseSetting("Managers:0", "foster");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is { } testServices)
        {
            builder.ConfigureTestServices(testServices);
        }

        if (WrapDataFiles is { } wrap)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(new StorageOptions { DataFolder = DataFolder, WrapFile = wrap }));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await LetGoOfDataFolderAsync();
        if (_deletesDataFolder && Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }

    /// <summary>
    /// Waits until the host has let go of its data folder. The host's services are disposed on the thread that runs the
    /// app, which may finish after the factory's dispose returns; a restart test starting the next bot on the folder
    /// at once would find it still in use.
    /// </summary>
    private async Task LetGoOfDataFolderAsync()
    {
        var lockFile = Path.Combine(DataFolder, DataFolderLock.LockFileName);
        for (var waited = TimeSpan.Zero; File.Exists(lockFile) && waited < TimeSpan.FromSeconds(30); waited += TimeSpan.FromMilliseconds(50))
        {
            try
            {
                using var held = new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                return;
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50));
            }
        }
    }
}
