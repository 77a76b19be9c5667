using IncidentBot.Core.Changes;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Workflow;

/// <summary>Records deploys and other changes, and puts a change on the timeline of open incidents of its service.</summary>
public sealed class ChangeIntake(IChangeStore changes, IIncidentStore incidents, IncidentLocks locks, IncidentResponse response)
{
    /// <summary>Stores the change; false when it was already stored (a repeated delivery).</summary>
    public async Task<bool> RecordAsync(ChangeEvent change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!await changes.AddAsync(change, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        foreach (var open in await incidents.ListOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            if (open.State.Service is not null && !string.Equals(open.State.Service, change.Service, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            using var held = await locks.AcquireAsync(open.Number, cancellationToken).ConfigureAwait(false);
            var incident = await incidents.GetAsync(open.Number, cancellationToken).ConfigureAwait(false);
            if (incident is not null && incident.IsOpen && incident.RecordChange(change.Id, change.Describe(), change.At, change.By))
            {
                await response.CommitAsync(incident, $"*Change during the incident:* {change.Describe()}", cancellationToken).ConfigureAwait(false);
            }
        }

        return true;
    }
}
