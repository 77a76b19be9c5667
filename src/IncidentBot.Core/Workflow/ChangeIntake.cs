using IncidentBot.Core.Changes;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Workflow;

/// <summary>Records deploys and other changes, and puts a change on the timeline of open incidents of its service.</summary>
public sealed class ChangeIntake(IChangeStore changes, IIncidentStore incidents, IncidentLocks locks, IncidentResponse response, IncidentSettings settings)
{
    /// <summary>How long a change reported without id or time is taken for a repeat of the same deploy reported before it.</summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Stores the change and puts it on the timeline of the open incidents of its service that it may have caused
    /// (it happened after <see cref="IncidentSettings.SuspectChangeWindow"/> before they began). False when it was
    /// stored already (a repeated delivery): a repeat still finishes the timelines, in case the first delivery
    /// stopped half-way. Once stored, the timelines are written even if the sender hangs up.
    /// </summary>
    public async Task<bool> RecordAsync(ChangeEvent change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var added = await changes.AddAsync(change, cancellationToken).ConfigureAwait(false);
        foreach (var open in await incidents.ListOpenAsync(CancellationToken.None).ConfigureAwait(false))
        {
            var otherService = open.State.Service is not null && !string.Equals(open.State.Service, change.Service, StringComparison.OrdinalIgnoreCase);
            if (otherService || change.At < open.State.StartedAt - settings.SuspectChangeWindow)
            {
                continue;
            }

            using var held = await locks.AcquireAsync(open.Number, CancellationToken.None).ConfigureAwait(false);
            var incident = await incidents.GetAsync(open.Number, CancellationToken.None).ConfigureAwait(false);
            if (incident is not null && incident.IsOpen && incident.RecordChange(change.Id, change.Describe(), change.At, change.By))
            {
                await response.CommitAsync(incident, $"*Change during the incident:* {change.Describe()}", CancellationToken.None).ConfigureAwait(false);
            }
        }

        return added;
    }

    /// <summary>
    /// The same deploy (service, version and previous version) reported within <see cref="RepeatWindow"/> before
    /// <paramref name="change"/>, if any: for a sender that gives neither id nor time, whose retry is otherwise new.
    /// </summary>
    public async Task<ChangeEvent?> FindRepeatOfAsync(ChangeEvent change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var recent = await changes.ListAsync(change.Service, change.At - RepeatWindow, change.At, cancellationToken).ConfigureAwait(false);
        return recent.LastOrDefault(c => c.Version == change.Version && c.Previous == change.Previous);
    }
}
