namespace IncidentBot.Core.OnCall;

/// <summary>
/// The overrides people made from chat (<c>/incident oncall override|swap</c>), kept so that a page, a restart and
/// <c>/incident oncall</c> all see the same ones. Schedules themselves live in configuration.
/// </summary>
public interface IScheduleOverrideStore
{
    /// <summary>Every override kept, oldest made first.</summary>
    Task<IReadOnlyList<ScheduleOverride>> ListAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(ScheduleOverride scheduleOverride, CancellationToken cancellationToken = default);

    /// <summary>Removes an override; false when there is none with that id.</summary>
    Task<bool> RemoveAsync(string id, CancellationToken cancellationToken = default);
}
