using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Postmortems.Conversation;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Workflow;

/// <summary>
/// Asks the people of an incident to confirm what the bot found in their conversation: the root causes, impact
/// statements and action items someone said (<see cref="ConversationReader"/>), each in a message with Confirm and Not
/// the root cause (or Drop). Anyone on the roster decides; a confirmed finding becomes a timeline entry attributed to
/// who said it and who confirmed it, so the postmortem states it as fact. Each finding is asked about once.
/// Callers hold the incident's lock.
/// </summary>
public sealed class FindingsReview(
    ITranscriptStore transcript, IncidentChannel channel, IChatPlatform platform, IncidentResponse response, FindingPrompts prompts, IPeopleDirectory people)
{
    /// <summary>At most this many questions at a time, so the channel is not flooded; the rest are asked next time.</summary>
    public const int MostAskedAtOnce = 6;

    private static readonly FindingKind[] Asked = [FindingKind.RootCause, FindingKind.Impact, FindingKind.ActionItem];

    /// <summary>Asks about the findings not asked about yet; returns how many it asked about.</summary>
    public async Task<int> AskAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (incident.State.ChannelId is null)
        {
            return 0;
        }

        var said = ConversationReader.Read(await transcript.ListAsync(incident.Number, cancellationToken).ConfigureAwait(false));
        var proposed = new List<FindingReview>();
        foreach (var found in said.Where(f => Asked.Contains(f.Kind)).OrderBy(f => Array.IndexOf(Asked, f.Kind)).ThenBy(f => f.At))
        {
            if (proposed.Count < MostAskedAtOnce && incident.ProposeFinding(found) is { } finding)
            {
                proposed.Add(finding);
            }
        }

        foreach (var finding in proposed)
        {
            var posted = await channel.PostAsync(incident, prompts.Ask(incident, finding), cancellationToken).ConfigureAwait(false);
            finding.PromptMessageId = posted?.MessageId;
        }

        if (proposed.Count > 0)
        {
            await response.CommitAsync(incident, (ChatMessage?)null, cancellationToken).ConfigureAwait(false);
        }

        return proposed.Count;
    }

    public async Task<ChatReply> DecideAsync(Incident incident, int findingId, bool confirmed, Person actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(actor);
        var finding = incident.State.Findings.Find(f => f.Id == findingId);
        if (finding is null)
        {
            return ChatReply.Of($"{incident.Key} has no such finding.");
        }

        if (people.Find(actor.Id) is null)
        {
            return ChatReply.Of($"Only people on the incident roster can confirm what goes in the {incident.Key} postmortem.");
        }

        if (!incident.DecideFinding(finding, confirmed, actor.Id, at))
        {
            return ChatReply.Of($"That was already decided: {prompts.Decided(finding).Text}");
        }

        if (incident.State.ChannelId is { } channelId && finding.PromptMessageId is { } promptId)
        {
            await platform.UpdateAsync(channelId, promptId, prompts.Decided(finding).AboutIncident(incident.Number), cancellationToken).ConfigureAwait(false);
        }

        await response.CommitAsync(incident, (ChatMessage?)null, cancellationToken).ConfigureAwait(false);
        var label = finding.Kind.Label().ToLowerInvariant();
        return ChatReply.Of(confirmed
            ? $"Confirmed: the {label} is on the {incident.Key} timeline and in the next draft of the postmortem."
            : $"Noted: the postmortem leaves that {label} out.");
    }
}
