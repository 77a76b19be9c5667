using IncidentBot.Core.Chat;
using IncidentBot.Core.Commands;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Workflow;
using IncidentBot.Teams.Activities;
using IncidentBot.Teams.Outbound;
using IncidentBot.Teams.People;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncidentBot.Teams.Inbound;

/// <summary>
/// Takes an authenticated activity into the core: a command (<c>@IncidentBot ack 15m</c>, or plain <c>ack</c> in a 1:1
/// chat) to the <see cref="CommandRouter"/>, its answer posted back in the conversation; a card button, by
/// <c>Action.Execute</c> (answered in the HTTP response) or its <c>Action.Submit</c> fallback (answered in the
/// conversation), to the <see cref="ButtonRouter"/>; any other message, edit or deletion in an incident's thread (or
/// anywhere in an incident's own channel, <see cref="TeamsIncidentChannels"/>) to the <see cref="TranscriptCapture"/>; the "Add to timeline" message action to <see cref="TeamsAddToTimeline"/>. Every
/// activity teaches the address book its conversation's service address, and its sender's Teams id to the
/// <see cref="TeamsPeopleLinker"/>; a command @mentioning someone unknown, or the bot being installed in a team, has the
/// members listed so people known only by email are found. Reactions are not handled: Teams sends a bot only those on
/// its own messages, which are timeline entries already or answers to commands, and its reactions have no pin; the
/// message action is how a message goes on the timeline.
/// Teams retries an activity it got no answer for: one already taken in is answered without being handled again.
/// </summary>
public sealed partial class TeamsActivityHandler(
    CommandRouter commands,
    ButtonRouter buttons,
    TranscriptCapture capture,
    TeamsAddToTimeline timeline,
    TeamsPeopleLinker people,
    TeamsMessageIds messageIds,
    IInboxStore inbox,
    TeamsAddressBook addresses,
    TeamsChatPlatform platform,
    TeamsIncidentChannels incidentChannels,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    ILogger<TeamsActivityHandler> logger)
{
    /// <summary>
    /// Handles <paramref name="activity"/>; returns the body of the HTTP answer for an <c>invoke</c> (a
    /// <see cref="TeamsInvokeResponse"/>, or a <see cref="TeamsTaskResponse"/> for a message action), null for anything else.
    /// </summary>
    public async Task<object?> HandleAsync(TeamsActivity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Conversation?.Id is { Length: > 0 } conversation && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            await addresses.RememberConversationAsync(conversation, serviceUrl, cancellationToken).ConfigureAwait(false);
        }

        people.Learn(activity.From);

        var key = activity.Id is { Length: > 0 } id ? $"teams:{activity.Conversation?.Id}:{id}" : null;
        if (key is not null && !await inbox.TryAcceptAsync(key, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            LogRepeat(logger, activity.Id!, activity.Type);
            return Answer(activity, "Already done.");
        }

        try
        {
            return await DispatchAsync(activity, cancellationToken).ConfigureAwait(false);
        }
        catch when (key is not null)
        {
            // Not handled: Teams' retry of this activity must be handled, not taken for a repeat.
            await inbox.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private async Task<object?> DispatchAsync(TeamsActivity activity, CancellationToken cancellationToken)
    {
        if (TeamsInbound.ReadMessageAction(activity) is { } action)
        {
            return await timeline.AddAsync(action, cancellationToken).ConfigureAwait(false);
        }

        switch (TeamsInbound.KindOf(activity))
        {
            case TeamsActivityKind.Message:
                await OnMessageAsync(activity, cancellationToken).ConfigureAwait(false);
                return null;
            case TeamsActivityKind.CardPress:
                return await OnCardPressAsync(activity, cancellationToken).ConfigureAwait(false);
            case TeamsActivityKind.MessageChange:
                await OnMessageChangeAsync(activity, cancellationToken).ConfigureAwait(false);
                return null;
            case TeamsActivityKind.ConversationUpdate or TeamsActivityKind.InstallationUpdate:
                await OnConversationEventAsync(activity, cancellationToken).ConfigureAwait(false);
                return null;
            default:
                LogIgnored(logger, activity.Type, activity.Name);
                return Answer(activity, "IncidentBot does not handle that here.");
        }
    }

    /// <summary>An invoke's answer in the shape its name asks for; null for activities that are not invokes.</summary>
    private static object? Answer(TeamsActivity activity, string text) => activity switch
    {
        { Type: TeamsActivityTypes.Invoke, Name: TeamsActivityTypes.MessageActionFetchTask } => TeamsTaskResponse.Message(text),
        { Type: TeamsActivityTypes.Invoke } => TeamsInvokeResponse.Message(text),
        _ => null,
    };

    /// <summary>
    /// The bot installed in a team or chat, or people joining one while some of the bot's people are still to be found by
    /// email: its members are listed to link them.
    /// </summary>
    private async Task OnConversationEventAsync(TeamsActivity activity, CancellationToken cancellationToken)
    {
        if (TeamsInbound.ReadConversationEvent(activity) is not { } change || change.BotRemoved
            || (!change.BotAdded && (change.MembersAdded.Count == 0 || !people.AnyToFindByEmail)))
        {
            return;
        }

        await people.ScanWithinBudgetAsync(change.Team?.Id ?? change.Activity.Conversation!.Id!, cancellationToken).ConfigureAwait(false);
    }

    private async Task OnMessageAsync(TeamsActivity activity, CancellationToken cancellationToken)
    {
        if (TeamsInbound.ReadCommand(activity, options.Value.AppId) is { } command)
        {
            await people.LearnMentionedAsync(command.ConversationId, command.Mentions, cancellationToken).ConfigureAwait(false);
            var incident = await incidentChannels.IncidentConversationOfAsync(command.ConversationId, cancellationToken).ConfigureAwait(false);
            var invocation = new CommandInvocation(UserOf(command.From), incident, command.Text, time.GetUtcNow());
            var reply = await commands.DispatchAsync(invocation, cancellationToken).ConfigureAwait(false);
            await platform.PostAsync(command.ConversationId, new ChatMessage(reply.Text), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (activity.From is { } from && activity.Id is { } messageId && activity.Text is { } text)
        {
            var at = activity.Timestamp ?? time.GetUtcNow();
            var conversation = activity.Conversation!.Id!;
            var incident = await incidentChannels.IncidentConversationOfAsync(conversation, cancellationToken).ConfigureAwait(false);
            var message = new ChannelMessage(UserOf(from), incident, messageId, TeamsHtml.ToText(text), at, TeamsPermalink.Of(conversation, messageId).AbsoluteUri);
            await capture.CaptureAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<object?> OnCardPressAsync(TeamsActivity activity, CancellationToken cancellationToken)
    {
        if (TeamsInbound.ReadCardPress(activity) is not { ActionId: { } actionId } press)
        {
            return activity.Type == TeamsActivityTypes.Invoke ? TeamsInvokeResponse.Message("That button is not IncidentBot's.") : null;
        }

        var messageId = await messageIds.CoreIdAsync(press.ConversationId, press.MessageId, cancellationToken).ConfigureAwait(false);
        var incident = await incidentChannels.IncidentConversationOfAsync(press.ConversationId, cancellationToken).ConfigureAwait(false);
        var reply = await buttons.DispatchAsync(new ButtonPress(UserOf(press.From), incident, messageId, actionId, press.Value, time.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
        if (press.Kind == TeamsCardPressKind.Execute)
        {
            return TeamsInvokeResponse.Message(reply.Text);
        }

        await platform.PostAsync(press.ConversationId, new ChatMessage(reply.Text), cancellationToken).ConfigureAwait(false);
        return null;
    }

    private async Task OnMessageChangeAsync(TeamsActivity activity, CancellationToken cancellationToken)
    {
        switch (TeamsInbound.ReadMessageChange(activity))
        {
            case { Kind: TeamsMessageChangeKind.Deleted } deleted:
                var of = await incidentChannels.IncidentConversationOfAsync(deleted.Activity.Conversation!.Id!, cancellationToken).ConfigureAwait(false);
                await capture.DeleteAsync(of, deleted.MessageId, cancellationToken).ConfigureAwait(false);
                break;
            case { Text: { } text } changed when changed.Activity.From is { } from:
                var conversation = changed.Activity.Conversation!.Id!;
                var incident = await incidentChannels.IncidentConversationOfAsync(conversation, cancellationToken).ConfigureAwait(false);
                var at = changed.Activity.Timestamp ?? time.GetUtcNow();
                var message = new ChannelMessage(UserOf(from), incident, changed.MessageId, TeamsHtml.ToText(text), at, TeamsPermalink.Of(conversation, changed.MessageId).AbsoluteUri);
                await capture.CaptureAsync(message, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>A Teams user as the core sees them: by Microsoft Entra object id (what <c>ChatIds:teams</c> holds), else their Teams id.</summary>
    private static ChatUser UserOf(TeamsAccount account) =>
        new(TeamsOutboxKinds.Platform, account.AadObjectId ?? account.Id ?? "", account.Name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams activity {ActivityId} ({Type}) was taken in before; not handled again")]
    private static partial void LogRepeat(ILogger logger, string activityId, string type);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Teams activity of type {Type} ({Name}) is not one the bot handles")]
    private static partial void LogIgnored(ILogger logger, string type, string? name);
}
