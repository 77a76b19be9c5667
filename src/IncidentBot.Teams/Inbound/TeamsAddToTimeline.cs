using IncidentBot.Core.Chat;
using IncidentBot.Core.Workflow;
using IncidentBot.Teams.Activities;
using IncidentBot.Teams.Outbound;
using Microsoft.Extensions.Options;

namespace IncidentBot.Teams.Inbound;

/// <summary>
/// The "Add to timeline" message action (the manifest's <c>composeExtensions</c> command
/// <see cref="TeamsActivityTypes.AddToTimelineCommandId"/>, context <c>message</c>): puts the message it was run on
/// on its incident's timeline at the message's own time, with the link back to it, as pinning does in Slack. Teams
/// sends a bot no reactions on people's messages and has no pin a bot sees, so this is how anyone's message in the
/// thread reaches the timeline. A message the bot did not capture (sent before it could read the thread, or without
/// an @mention and without the channel permission) is captured from the action's own copy first. Answered with a
/// <see cref="TeamsTaskResponse"/> message in the HTTP response; outside an incident's thread (or own channel,
/// <see cref="TeamsIncidentChannels"/>) it says so.
/// </summary>
public sealed class TeamsAddToTimeline(
    TranscriptCapture capture, TeamsMessageIds ids, TeamsIncidentChannels incidentChannels, IOptions<TeamsOptions> options, TimeProvider time)
{
    public async Task<TeamsTaskResponse> AddAsync(TeamsMessageAction action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.CommandId != TeamsActivityTypes.AddToTimelineCommandId)
        {
            return TeamsTaskResponse.Message("IncidentBot has no such action.");
        }

        var messageId = await ids.CoreIdAsync(action.ConversationId, action.MessageId, cancellationToken).ConfigureAwait(false);
        var conversation = await incidentChannels.IncidentConversationOfAsync(action.ConversationId, cancellationToken).ConfigureAwait(false);
        var promotion = await capture.PromoteAsync(conversation, messageId, cancellationToken).ConfigureAwait(false);
        if (promotion == Promotion.NotCaptured && await CaptureAsync(action, conversation, messageId, cancellationToken).ConfigureAwait(false))
        {
            promotion = await capture.PromoteAsync(conversation, messageId, cancellationToken).ConfigureAwait(false);
        }

        return TeamsTaskResponse.Message(promotion switch
        {
            Promotion.Promoted => "Added to the incident timeline, at the message's own time.",
            Promotion.AlreadyOnTimeline => "That message is already on the incident timeline.",
            Promotion.Deleted => "That message was deleted, so it stays off the timeline.",
            _ => "Only messages in an incident's thread can be added to its timeline.",
        });
    }

    private Task<bool> CaptureAsync(TeamsMessageAction action, string conversation, string messageId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(action.Text))
        {
            return Task.FromResult(false);
        }

        var author = new ChatUser(TeamsOutboxKinds.Platform, action.AuthorId ?? "", action.AuthorName);
        var link = action.Link ?? TeamsPermalink.Of(action.ConversationId, action.MessageId, options.Value.TenantId);
        var at = action.WrittenAt ?? action.Activity.Timestamp ?? time.GetUtcNow();
        return capture.CaptureAsync(new ChannelMessage(author, conversation, messageId, action.Text, at, link.AbsoluteUri), cancellationToken);
    }
}
