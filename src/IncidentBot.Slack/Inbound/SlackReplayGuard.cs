using IncidentBot.Core.Storage;
using Microsoft.AspNetCore.Http;

namespace IncidentBot.Slack.Inbound;

/// <summary>
/// Refuses a verified slash command or interaction whose signature was already taken in. A signature stays valid for
/// <see cref="SlackSignatureVerifier.Tolerance"/> either side of its timestamp, so anyone who saw a request (a proxy's
/// log, a captured body) could otherwise send it again in those minutes and have it act again: a note, a
/// confirmation. Slack signs every delivery anew and never retries a command or an interaction, so a second sight of
/// a signature is never Slack's. (Events are not guarded here: Slack's retries of an event are deduplicated by its
/// <c>event_id</c>, which a replay carries too.)
/// </summary>
/// <remarks>
/// Signatures are kept in the inbox store, not in memory: a replay must also be refused after a restart inside its
/// window, and the store already sweeps keys older than a day (Slack refuses nothing older than minutes), so what it
/// holds is bounded by a day of Slack's own requests, on disk. The cost is one write per request, committed with
/// the others of its moment. The key is taken before the request is handled, so replays racing the original are
/// refused too; a handling that fails keeps it, since nobody legitimately sends the same signature again.
/// </remarks>
public sealed class SlackReplayGuard(IInboxStore inbox, TimeProvider time)
{
    /// <summary>The inbox key of a signature: <c>v0=</c> and its hex, lowercased (the verifier takes either case).</summary>
    public static string InboxKey(string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return "slack:signature:" + signature.ToLowerInvariant();
    }

    /// <summary>True the first time a verified request's signature is seen; false for a replay.</summary>
    public Task<bool> IsFirstDeliveryAsync(IHeaderDictionary headers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return inbox.TryAcceptAsync(InboxKey(headers[SlackSignatureVerifier.SignatureHeader].ToString()), time.GetUtcNow(), cancellationToken);
    }
}
