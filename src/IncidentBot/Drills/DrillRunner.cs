using IncidentBot.Core;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Changes;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Jobs;
using IncidentBot.Core.People;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Workflow;
using IncidentBot.Local;
using IncidentBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Drills;

/// <summary>
/// Replays a drill through the real bot (parsers, commands, storage, jobs, drafter) with only the chat
/// workspace, the deploy system and the clock simulated.
/// </summary>
public sealed class DrillRunner : IAsyncDisposable
{
    private readonly Drill _drill;
    private readonly ServiceProvider _services;
    private readonly DrillJobScheduler _scheduler;
    private readonly LocalWorkspace _workspace;
    private readonly string _dataFolder;
    private PostedMessage? _lastSaid;

    public DrillRunner(Drill drill, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(drill);
        _drill = drill;
        _dataFolder = dataFolder;
        _services = BuildServices(drill, dataFolder);
        _scheduler = _services.GetRequiredService<DrillJobScheduler>();
        _workspace = _services.GetRequiredService<LocalWorkspace>();
    }

    public IServiceProvider Services => _services;

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (_drill.Schedules.Count > 0)
        {
            // As the host does: hand-off messages planned at start and every few minutes, sent when the clock passes them.
            var planner = _services.GetRequiredService<HandOffPlanner>();
            _scheduler.Every(HandOffPlanner.Every, () => planner.PlanAsync(cancellationToken));
        }

        foreach (var step in _drill.Steps)
        {
            await _scheduler.RunDueAsync(step.At).ConfigureAwait(false);
            await RunStepAsync(step, cancellationToken).ConfigureAwait(false);
            var after = step.Action is WaitAction wait ? step.At + wait.Duration : step.At;
            await _scheduler.RunDueAsync(after).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);

        // A drill that failed before its first write has no folder; its own error must not be hidden by this one.
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    private async Task RunStepAsync(DrillStep step, CancellationToken cancellationToken)
    {
        var person = step.By is null ? null : _services.GetRequiredService<IPeopleDirectory>().Find(step.By);
        switch (step.Action)
        {
            case ChangeAction change:
                await _services.GetRequiredService<ChangeIntake>().RecordAsync(
                    new ChangeEvent
                    {
                        Id = $"drill-step-{step.Index}", Service = change.Service, Version = change.Version, Previous = change.Previous,
                        By = change.By ?? step.By, Description = change.Description, At = step.At,
                    },
                    cancellationToken).ConfigureAwait(false);
                break;
            case AlertAction alert:
                await DeliverAlertAsync(step, alert, cancellationToken).ConfigureAwait(false);
                break;
            case SayAction say:
                var said = await _services.GetRequiredService<LocalUser>().SayAsync(person!, await ChannelAsync(step, cancellationToken).ConfigureAwait(false), AsTheAdapterReadsIt(say.Text), cancellationToken)
                    .ConfigureAwait(false);
                _lastSaid = said.Posted ?? _lastSaid;
                break;
            case PressAction press:
                _ = await _services.GetRequiredService<LocalUser>().PressAsync(person!, press.Button, cancellationToken).ConfigureAwait(false)
                    ?? throw new DrillException($"{step.Label}: no '{press.Button}' button is visible to {step.By}");
                break;
            case OverrideAction cover:
                await OnCallAsync(step, person!, $"override @{cover.Who} from {Local(cover.From)} to {Local(cover.To)}{On(cover.Schedule)}", cancellationToken).ConfigureAwait(false);
                break;
            case SwapAction swap:
                await OnCallAsync(step, person!, $"swap @{swap.Who}{On(swap.Schedule)}", cancellationToken).ConfigureAwait(false);
                break;
            case ReactAction react:
                var message = _lastSaid ?? throw new DrillException($"{step.Label}: there is no earlier 'say' message to react to");
                await _services.GetRequiredService<LocalUser>().ReactAsync(person!, message, react.Emoji, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Runs <c>/incident oncall …</c> as the step's person; a refusal (a past range, an unknown schedule) fails the drill.</summary>
    private async Task OnCallAsync(DrillStep step, Person person, string arguments, CancellationToken cancellationToken)
    {
        var said = await _services.GetRequiredService<LocalUser>()
            .SayAsync(person, LocalWorkspace.IncidentsChannelId, $"{LocalUser.CommandPrefix} oncall {arguments}", cancellationToken).ConfigureAwait(false);
        if (said.Reply is not { } reply || !reply.StartsWith("On call for ", StringComparison.Ordinal))
        {
            throw new DrillException($"{step.Label}: the on-call change was refused: {said.Reply}");
        }
    }

    private string Local(DateTimeOffset at) => _drill.Zone.ToLocal(at).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static string On(string? schedule) => schedule is null ? "" : $" on {schedule}";

    /// <summary>What was typed, as the drill's platform adapter hands it to the core (a command keeps the form the local user runs).</summary>
    private string AsTheAdapterReadsIt(string typed)
    {
        var surface = _services.GetRequiredService<IDrillSurface>();
        return surface.CommandOf(typed, _services.GetRequiredService<IPeopleDirectory>()) is { } command
            ? $"{LocalUser.CommandPrefix} {command}"
            : surface.MessageOf(typed);
    }

    private async Task DeliverAlertAsync(DrillStep step, AlertAction alert, CancellationToken cancellationToken)
    {
        if (!_services.GetRequiredService<AlertParserCatalog>().TryGet(alert.Source, out var parser))
        {
            throw new DrillException($"{step.Label}: unknown alert source '{alert.Source}'");
        }

        var parsed = parser.Parse(alert.Body);
        if (!parsed.IsSuccess)
        {
            throw new DrillException($"{step.Label}: the {alert.Source} alert was rejected: {parsed.Error}");
        }

        await _services.GetRequiredService<AlertIntake>().ReceiveAsync(parsed.Alerts, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> ChannelAsync(DrillStep step, CancellationToken cancellationToken)
    {
        var incidents = _services.GetRequiredService<IIncidentStore>();
        if (step.In is { } number)
        {
            var incident = await incidents.GetAsync(number, cancellationToken).ConfigureAwait(false)
                ?? throw new DrillException($"{step.Label}: there is no incident {number}");
            return incident.State.ChannelId ?? throw new DrillException($"{step.Label}: incident {number} has no channel yet");
        }

        var open = await incidents.ListOpenAsync(cancellationToken).ConfigureAwait(false);
        var current = open.Count > 0
            ? open.MaxBy(i => i.Number)
            : (await incidents.ListAsync(cancellationToken).ConfigureAwait(false)).MaxBy(i => i.State.ResolvedAt);
        return current?.State.ChannelId ?? LocalWorkspace.IncidentsChannelId;
    }

    private static ServiceProvider BuildServices(Drill drill, string dataFolder)
    {
        var services = new ServiceCollection();
        var clock = new DrillClock(drill.Steps.Count > 0 ? drill.Steps[0].At : drill.Zone.FromLocal(drill.Date.ToDateTime(TimeOnly.MinValue)));
        services.AddLogging();
        services.AddSingleton(drill);
        services.AddSingleton(clock);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(new IncidentSettings
        {
            Escalation = drill.OnCall,
            Schedules = drill.Schedules,
            Zone = drill.Zone,
            Managers = drill.Managers,
            IncidentsChannelId = LocalWorkspace.IncidentsChannelId,
            ReportsChannelId = LocalWorkspace.ReportsChannelId,
        });
        services.AddSingleton<IPeopleDirectory>(new PeopleDirectory(drill.People));
        services.AddIncidentCore();
        services.AddIncidentStorage(dataFolder);
        services.AddSingleton(LocalPermalinks.DrillTranscripts());
        services.AddSingleton<IIncidentLinks, DrillLinks>();
        services.AddSingleton<LocalWorkspace>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<LocalWorkspace>());
        services.AddSingleton<LocalUser>();
        services.AddSingleton(DrillSurfaces.For(drill.Platform));
        services.AddSingleton<DrillJobScheduler>();
        services.AddSingleton<IJobScheduler>(sp => sp.GetRequiredService<DrillJobScheduler>());
        services.AddSingleton<IDeploySystem, SimulatedDeploySystem>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
