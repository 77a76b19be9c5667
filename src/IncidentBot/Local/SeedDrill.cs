using System.Reflection;
using IncidentBot.Drills;
using IncidentBot.Web.Playground;

namespace IncidentBot.Local;

/// <summary>
/// The repository's seed drill (<c>drills/seed-outage.yaml</c>, embedded in this assembly) as the playground runs it:
/// on its own simulated clock, people, workspace and temporary database, as <c>drill</c> does, never in the live
/// workspace (its 2023 clock and its roster would mix with today's incidents and people). One run at a time; the last
/// one is kept in memory to show.
/// </summary>
public sealed class SeedDrill(TimeProvider time) : IDisposable
{
    public const string ResourceName = "IncidentBot.drills.seed-outage.yaml";

    private readonly SemaphoreSlim _running = new(1, 1);
    private volatile PlaygroundDrillRun? _last;

    public PlaygroundDrillRun? LastRun => _last;

    public async Task<PlaygroundDrillRun> RunAsync(CancellationToken cancellationToken = default)
    {
        await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var drill = DrillParser.Parse(await ReadAsync(cancellationToken).ConfigureAwait(false), AppContext.BaseDirectory);
            var dataFolder = Path.Combine(Path.GetTempPath(), $"incidentbot-seed-drill-{Guid.NewGuid():N}");
            await using var runner = new DrillRunner(drill, dataFolder);
            await runner.RunAsync(cancellationToken).ConfigureAwait(false);
            var files = await DrillOutput.RenderAsync(runner.Services, drill.Zone, cancellationToken).ConfigureAwait(false);
            var run = new PlaygroundDrillRun(drill.Name, files.GetValueOrDefault("transcript-1.md", ""), files.GetValueOrDefault("postmortem-1.md", ""), time.GetUtcNow());
            _last = run;
            return run;
        }
        finally
        {
            _running.Release();
        }
    }

    public void Dispose() => _running.Dispose();

    private static async Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        await using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The seed drill is not embedded as {ResourceName}.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }
}
