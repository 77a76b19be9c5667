using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Workflow;

/// <summary>
/// Keeps the conversation of incident channels: every human message (edits and deletions followed), and
/// promotes a message to the timeline, at its original time, when someone pins it.
/// </summary>
public sealed class TranscriptCapture(
    ITranscriptStore transcript, IIncidentStore incidents, IncidentLocks locks, ChatActors actors, IncidentSettings settings)
{
    /// <summary>Records a new or edited message; messages outside incident channels are not kept.</summary>
    public async Task<bool> CaptureAsync(ChannelMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var incident = await incidents.FindByChannelAsync(message.ChannelId, cancellationToken).ConfigureAwait(false);
        if (incident is null)
        {
            return false;
        }

        var existing = await transcript.GetAsync(message.ChannelId, message.MessageId, cancellationToken).ConfigureAwait(false);
        var author = await actors.FindAsync(message.User, cancellationToken).ConfigureAwait(false);
        var captured = existing ?? new TranscriptMessage
        {
            Id = TranscriptMessage.IdOf(message.ChannelId, message.MessageId),
            IncidentNumber = incident.Number,
            ChannelId = message.ChannelId,
            MessageId = message.MessageId,
            AuthorId = author.Id,
            AuthorName = author.Name,
            At = message.At,
            Permalink = message.Permalink,
        };
        if (existing is not null)
        {
            captured.EditedAt = message.At;
        }

        captured.Text = message.Text;
        await transcript.UpsertAsync(captured, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            await UpdateTimelineAsync(incident.Number, i => i.EditMessage(message.MessageId, message.Text), cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    public async Task<bool> DeleteAsync(string channelId, string messageId, CancellationToken cancellationToken = default)
    {
        var captured = await transcript.GetAsync(channelId, messageId, cancellationToken).ConfigureAwait(false);
        if (captured is null)
        {
            return false;
        }

        captured.Deleted = true;
        await transcript.UpsertAsync(captured, cancellationToken).ConfigureAwait(false);
        await UpdateTimelineAsync(captured.IncidentNumber, i => i.ForgetMessage(messageId), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>A reaction with the pin emoji promotes the message; true when that put it on the timeline.</summary>
    public async Task<bool> ReactAsync(MessageReaction reaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        return string.Equals(reaction.Emoji, settings.PinEmoji, StringComparison.OrdinalIgnoreCase)
            && await PromoteAsync(reaction.ChannelId, reaction.MessageId, cancellationToken).ConfigureAwait(false) == Promotion.Promoted;
    }

    /// <summary>
    /// Puts a captured message on the timeline at its own time, once. A message the bot posted to announce an
    /// entry is on the timeline already, as that entry.
    /// </summary>
    public async Task<Promotion> PromoteAsync(string channelId, string messageId, CancellationToken cancellationToken = default)
    {
        var captured = await transcript.GetAsync(channelId, messageId, cancellationToken).ConfigureAwait(false);
        if (captured is null)
        {
            var incident = await incidents.FindByChannelAsync(channelId, cancellationToken).ConfigureAwait(false);
            return incident is not null && incident.Timeline.Any(e => e.MessageId == messageId) ? Promotion.AlreadyOnTimeline : Promotion.NotCaptured;
        }

        if (captured.Deleted)
        {
            return Promotion.Deleted;
        }

        var promoted = await UpdateTimelineAsync(
            captured.IncidentNumber,
            incident =>
            {
                if (incident.Timeline.Any(e => e.MessageId == messageId && e.Kind == TimelineKind.MessagePinned))
                {
                    return false;
                }

                incident.Record(TimelineKind.MessagePinned, captured.Text, captured.At, captured.AuthorId, captured.Permalink, messageId);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        return promoted ? Promotion.Promoted : Promotion.AlreadyOnTimeline;
    }

    private async Task<bool> UpdateTimelineAsync(int number, Func<Incident, bool> change, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(number, cancellationToken).ConfigureAwait(false);
        var incident = await incidents.GetAsync(number, cancellationToken).ConfigureAwait(false);
        if (incident is null || !change(incident))
        {
            return false;
        }

        await incidents.SaveAsync(incident, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
