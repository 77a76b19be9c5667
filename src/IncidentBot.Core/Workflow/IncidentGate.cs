using System.Globalization;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Workflow;

/// <summary>Runs an action on an incident under its lock, with the incident freshly loaded.</summary>
public sealed class IncidentGate(IIncidentStore incidents, IncidentLocks locks)
{
    /// <summary>Runs <paramref name="action"/> on the incident whose number is <paramref name="number"/> (as a button carries it).</summary>
    public async Task<ChatReply> RunAsync(string number, Func<Incident, Task<ChatReply>> action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            return ChatReply.Of("This button does not belong to an incident.");
        }

        using var held = await locks.AcquireAsync(parsed, cancellationToken).ConfigureAwait(false);
        var incident = await incidents.GetAsync(parsed, cancellationToken).ConfigureAwait(false);
        return incident is null
            ? ChatReply.Of($"{IncidentKey.Format(parsed)} does not exist any more.")
            : await action(incident).ConfigureAwait(false);
    }
}
