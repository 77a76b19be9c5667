using System.Security.Cryptography;
using System.Text;
using IncidentBot.Core.Changes;
using IncidentBot.Core.Time;
using IncidentBot.Core.Workflow;
using IncidentBot.Endpoints;

namespace IncidentBot.Deploys;

/// <summary>
/// Records a deploy (or other change) of a service, kept for suspects and rollbacks: what <c>POST /changes</c> does,
/// callable in process too (a "Record a deploy" button). Checks the change first and says what is wrong with it.
/// </summary>
public sealed class ChangeRecorder(ChangeIntake intake, TimeProvider time)
{
    /// <summary>The longest id, service or version taken: they are indexed, and the database indexes about 1 KB at most.</summary>
    public const int LongestName = 200;

    /// <summary>Records the change; a repeat of one already recorded (same id, or same content with neither id nor time) is not recorded twice.</summary>
    public async Task<ChangeRecording> RecordAsync(ChangeRequest change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (string.IsNullOrWhiteSpace(change.Service) || string.IsNullOrWhiteSpace(change.Version))
        {
            return ChangeRecording.Refused("A change needs 'service' and 'version' (optional: id, previous, by, description, at).");
        }

        if (new[] { change.Id, change.Service, change.Version, change.Previous }.Any(field => field?.Length > LongestName))
        {
            return ChangeRecording.Refused($"'id', 'service', 'version' and 'previous' are at most {LongestName} characters.");
        }

        if (change.At is { } sentAt && !PlausibleTimes.Contains(sentAt))
        {
            return ChangeRecording.Refused($"'at' is {sentAt:O}, not a time a deploy can have ({PlausibleTimes.Range}).");
        }

        var at = change.At?.ToUniversalTime() ?? time.GetUtcNow();
        var received = new ChangeEvent
        {
            Id = string.IsNullOrWhiteSpace(change.Id) ? ContentId(change.Service, change.Version, at) : change.Id.Trim(),
            Service = change.Service.Trim(), Version = change.Version.Trim(), Previous = change.Previous?.Trim(),
            By = change.By?.Trim(), Description = change.Description?.Trim(), At = at,
        };
        var anonymous = string.IsNullOrWhiteSpace(change.Id) && change.At is null;
        var repeated = anonymous ? await intake.FindRepeatOfAsync(received, cancellationToken).ConfigureAwait(false) : null;
        var recorded = await intake.RecordAsync(repeated ?? received, cancellationToken).ConfigureAwait(false);
        return new ChangeRecording(recorded, repeated ?? received, null);
    }

    /// <summary>
    /// An id from the content, so a sender that gives no id has its retries deduplicated (with no time either,
    /// a retry is found as a recent change of the same content instead: <see cref="ChangeIntake.FindRepeatOfAsync"/>).
    /// </summary>
    private static string ContentId(string service, string version, DateTimeOffset at) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{service}|{version}|{at.ToUnixTimeMilliseconds()}")))[..16];
}
