using System.Globalization;
using IncidentBot.Core;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Jobs;
using IncidentBot.Core.OnCall;
using IncidentBot.Core.People;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Time;
using IncidentBot.Drills;
using IncidentBot.Local;
using IncidentBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Tests.OnCall;

/// <summary>
/// The bot's core, storage and local workspace on a <see cref="FakeTimeProvider"/>, with a team in Berlin: the
/// <c>primary</c> schedule rotates Ada, Kofi and Mara weekly from Monday 2 March 2026 at 09:00 (Berlin), and the
/// escalation policy pages primary, then Tom. Times people read are in Berlin.
/// </summary>
public sealed class OnCallWorld : IAsyncDisposable
{
    public static readonly DisplayZone Berlin = DisplayZone.Parse("Europe/Berlin");

    public static readonly ScheduleLayer Weekly = new("weekly", ["ada", "kofi", "mara"], RotationLength.Weekly, new DateOnly(2026, 3, 2), new TimeOnly(9, 0));

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"incidentbot-oncall-{Guid.NewGuid():N}");
    private readonly IncidentSettings _settings;
    private ServiceProvider _services;

    public OnCallWorld(DateTimeOffset now, IReadOnlyList<IReadOnlyList<string>>? levels = null, IReadOnlyList<OnCallSchedule>? schedules = null, TimeSpan? handOffNotice = null)
    {
        Time = new FakeTimeProvider(now);
        _settings = new IncidentSettings
        {
            Escalation = new EscalationPolicy(TimeSpan.FromMinutes(5), levels ?? [["schedule:primary"], ["tom"]]),
            Schedules = schedules ?? [new OnCallSchedule("primary", Berlin, [Weekly])],
            Zone = Berlin,
            IncidentsChannelId = LocalWorkspace.IncidentsChannelId,
            UpdateReminderAfter = TimeSpan.Zero,
            HandOffNotice = handOffNotice ?? TimeSpan.FromMinutes(30),
        };
        _services = Build();
    }

    public FakeTimeProvider Time { get; }

    public LocalWorkspace Workspace => Service<LocalWorkspace>();

    public FakeClockJobs Jobs => Service<FakeClockJobs>();

    public T Service<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public Person Person(string id) => Service<IPeopleDirectory>().Find(id)!;

    public static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Ada declares an incident now; returns it once its channel is open and its first level paged.</summary>
    public async Task<Incident> DeclareAsync(string by = "ada")
    {
        var reply = await SayAsync(by, LocalWorkspace.IncidentsChannelId, "/incident declare Checkout is down");
        Assert.StartsWith("Declared INC-", reply, StringComparison.Ordinal);
        await Jobs.RunDueAsync(Time.GetUtcNow());
        return await IncidentAsync();
    }

    public async Task<Incident> IncidentAsync(int number = 1) => (await Service<IIncidentStore>().GetAsync(number))!;

    /// <summary>What the person reads back after typing a command in a channel.</summary>
    public async Task<string> SayAsync(string personId, string channelId, string text) =>
        (await Service<LocalUser>().SayAsync(Person(personId), channelId, text)).Reply ?? throw new InvalidOperationException($"'{text}' is not a command.");

    public async Task<string?> PressAsync(string personId, string label) => (await Service<LocalUser>().PressAsync(Person(personId), label))?.Reply;

    /// <summary>The people who got a page (a direct message with an Acknowledge button) for the incident, in order.</summary>
    public IReadOnlyList<string> Paged() => [.. Workspace.Channels.Where(c => c.IsDirect)
        .SelectMany(c => Workspace.MessagesOf(c.Id))
        .Where(m => m.Buttons.Any(b => b.Label == "Acknowledge"))
        .OrderBy(m => m.At)
        .Select(m => m.VisibleTo!)];

    /// <summary>The direct messages the bot sent the person that are not pages (hand-offs), oldest first.</summary>
    public IReadOnlyList<LocalMessage> HandOffsTo(string personId) => [.. Workspace.Channels.Where(c => c.IsDirect && c.PersonId == personId)
        .SelectMany(c => Workspace.MessagesOf(c.Id))
        .Where(m => m.AuthorId is null && m.Buttons.Count == 0)
        .OrderBy(m => m.Sequence)];

    /// <summary>
    /// Lets time pass to <paramref name="until"/> as the host does: hand-offs planned every <see cref="HandOffPlanner.Every"/>
    /// (<c>HandOffPlanning</c>), and every job run at its time.
    /// </summary>
    public async Task RunWithPlanningAsync(DateTimeOffset until)
    {
        while (true)
        {
            await Service<HandOffPlanner>().PlanAsync();
            var next = Time.GetUtcNow() + HandOffPlanner.Every;
            await Jobs.RunDueAsync(next < until ? next : until);
            if (next >= until)
            {
                return;
            }
        }
    }

    /// <summary>What the bot said in the incident's channel, for everyone.</summary>
    public IReadOnlyList<string> ChannelSays(Incident incident) =>
        [.. Workspace.MessagesSeenBy(incident.State.ChannelId!, null).Where(m => m.FromBot).Select(m => m.Text)];

    /// <summary>
    /// Stops the bot and starts it again over the same data folder, the clock going on: what is stored survives, the
    /// jobs waiting in memory do not (the harsher case; Hangfire's stored jobs would also survive).
    /// </summary>
    public async Task RestartAsync()
    {
        await _services.DisposeAsync();
        _services = Build();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Time);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(_settings);
        services.AddSingleton<IPeopleDirectory>(new PeopleDirectory(
            new[] { "ada", "kofi", "mara", "lena", "tom" }.Select(id => new Person(id, CultureInfo.InvariantCulture.TextInfo.ToTitleCase(id)))));
        services.AddIncidentCore();
        services.AddIncidentStorage(_dataFolder);
        services.AddSingleton(LocalPermalinks.DrillTranscripts());
        services.AddSingleton<IIncidentLinks, DrillLinks>();
        services.AddSingleton<LocalWorkspace>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<LocalWorkspace>());
        services.AddSingleton<LocalUser>();
        services.AddSingleton<FakeClockJobs>();
        services.AddSingleton<IJobScheduler>(sp => sp.GetRequiredService<FakeClockJobs>());
        services.AddSingleton<IDeploySystem, NoDeploys>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private sealed class NoDeploys : IDeploySystem
    {
        public IReadOnlyCollection<string> Services => [];

        public Task<RollbackOutcome> RollBackAsync(RollbackOrder order, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
