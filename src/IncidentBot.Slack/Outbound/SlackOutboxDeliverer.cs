using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Core.Outbox;
using IncidentBot.Core.People;
using IncidentBot.Slack.Inbound;
using IncidentBot.Slack.WebApi;

namespace IncidentBot.Slack.Outbound;

/// <summary>
/// Makes the Slack call a Slack outbox item describes. Rate limits and outages become "retry later" (after
/// Slack's Retry-After when it gave one); errors that retrying cannot fix (a deleted channel, a user without
/// an account) reject the item so the lane moves on. A call Slack may have applied without the bot learning it (a
/// timeout, a dropped connection) is "outcome unknown": posts carry their outbox ids (<see cref="SlackOutboxTag"/>),
/// and before one is posted again it is looked for in the recent history of its channel or direct message.
/// </summary>
public sealed class SlackOutboxDeliverer(
    SlackApiClient slack, SlackResponseUrlClient responses, IOutboxStore outbox, ISlackUserResolver users, IPeopleDirectory people, ChannelPostPacer pacer)
    : IOutboxDeliverer
{
    /// <summary>Slack errors that mean the call will never succeed as it is.</summary>
    private static readonly HashSet<string> Permanent = new(StringComparer.Ordinal)
    {
        "channel_not_found", "is_archived", "not_in_channel", "msg_too_long", "msg_blocks_too_long", "invalid_blocks", "invalid_blocks_format",
        "no_text", "too_many_attachments", "cant_update_message", "message_not_found", "edit_window_closed",
        "user_not_found", "users_not_found", "cant_invite_self", "not_authed", "invalid_auth", "account_inactive",
        "token_revoked", "missing_scope", "restricted_action", "invalid_arguments", "channel_is_archived",
        "invalid_link", "too_many_bookmarks", "user_not_in_channel",
    };

    public string Platform => SlackOutboxKinds.Platform;

    /// <summary>Plain posts in a row, and direct messages in a row (pages), share one message within Slack's limits for one message.</summary>
    public int Mergeable(IReadOnlyList<OutboxItem> pending) => SlackMergedPost.Mergeable(pending);

    /// <summary>A message waits for its channel's turn (<see cref="ChannelPostPacer"/>); other calls are not paced.</summary>
    public async Task<DateTimeOffset?> NotBeforeAsync(OutboxItem next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        var channel = next.Kind switch
        {
            SlackOutboxKinds.Post => SlackMergedPost.PayloadOf(next).Channel,
            SlackOutboxKinds.Direct => await DirectChannelAsync(SlackMergedPost.PayloadOf(next), cancellationToken).ConfigureAwait(false),
            _ => null,
        };
        return channel is null ? null : pacer.BusyUntil(channel);
    }

    public async Task<OutboxDelivery> DeliverAsync(IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var item = items[0];
        var payload = items.Count == 1 ? SlackMergedPost.PayloadOf(item) : SlackMergedPost.Merge(items);
        try
        {
            return item.Kind switch
            {
                SlackOutboxKinds.Post => await PostAsync(payload.Channel!, payload, items, cancellationToken).ConfigureAwait(false),
                SlackOutboxKinds.Update => await UpdateAsync(payload, cancellationToken).ConfigureAwait(false),
                SlackOutboxKinds.Direct => await DirectAsync(payload, items, cancellationToken).ConfigureAwait(false),
                SlackOutboxKinds.Invite => await InviteAsync(payload, cancellationToken).ConfigureAwait(false),
                SlackOutboxKinds.Bookmark => await BookmarkAsync(payload, cancellationToken).ConfigureAwait(false),
                SlackOutboxKinds.Topic => await TopicAsync(payload, cancellationToken).ConfigureAwait(false),
                SlackOutboxKinds.Ephemeral => await WhisperAsync(payload, cancellationToken).ConfigureAwait(false),
                SlackOutboxKinds.Respond => await responses.SendAsync(new Uri(payload.Target!), payload.Text ?? "", cancellationToken).ConfigureAwait(false),
                SlackOutboxKinds.Document => await DocumentAsync(payload, cancellationToken).ConfigureAwait(false),
                _ => OutboxDelivery.Rejected($"unknown Slack outbox kind '{item.Kind}'"),
            };
        }
        catch (Exception e) when (SlackCallFailure.Is(e))
        {
            return Failure(e);
        }
    }

    /// <summary>
    /// Finds posts whose answer was lost among the messages of their channel, or of the person's direct message with
    /// the bot (pages), since they were queued, by the outbox ids they carry. Other kinds are not looked for: updates,
    /// topics and invites are harmless to repeat. A conversation whose history the bot cannot read (no
    /// <c>im:history</c> in an app installed before it was asked for, a private channel) finds nothing: the post is
    /// sent again, twice rather than never.
    /// </summary>
    public async Task<OutboxLookup> LookUpAsync(IReadOnlyList<OutboxItem> inDoubt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inDoubt);
        var posts = inDoubt.Where(i => i.Kind is SlackOutboxKinds.Post or SlackOutboxKinds.Direct).ToList();
        if (posts.Count == 0)
        {
            return OutboxLookup.NothingFound;
        }

        try
        {
            if (await ConversationOfAsync(posts[0], cancellationToken).ConfigureAwait(false) is not { } channel)
            {
                return OutboxLookup.NothingFound;
            }

            var since = posts.Min(p => p.CreatedAt) - SlackLookBack.ClockSkew;
            var messages = await slack.Conversations.RecentMessagesAsync(channel, since, SlackLookBack.Messages, cancellationToken).ConfigureAwait(false);
            var wanted = posts.Select(p => p.Id).ToHashSet();
            var found = new Dictionary<long, string?>();
            foreach (var message in messages)
            {
                foreach (var id in SlackOutboxTag.IdsOf(message).Where(wanted.Contains))
                {
                    found.TryAdd(id, SlackResponse.Optional(message, "ts"));
                }
            }

            return new OutboxLookup(found);
        }
        catch (Exception e) when (SlackCallFailure.Is(e))
        {
            var failure = Failure(e);
            return failure.Result == OutboxDeliveryResult.Rejected ? OutboxLookup.NothingFound : OutboxLookup.Failed(failure with { OutcomeUnknown = false });
        }
    }

    /// <summary>
    /// The conversation a post went to: its channel, or for a direct message the person's DM with the bot, whose id
    /// (<c>D…</c>) only <c>conversations.open</c> tells (the post names the user); null when the person has no Slack account.
    /// </summary>
    private async Task<string?> ConversationOfAsync(OutboxItem post, CancellationToken cancellationToken)
    {
        var payload = SlackMergedPost.PayloadOf(post);
        if (post.Kind != SlackOutboxKinds.Direct)
        {
            return payload.Channel;
        }

        // Not DirectChannelAsync: a user look-up that fails must fail the look-up (try later), not skip it (post again).
        var person = payload.People is [var id, ..] ? people.Find(id) : null;
        var slackId = person is null ? null : await users.SlackIdOfAsync(person, cancellationToken).ConfigureAwait(false);
        return slackId is null ? null : await slack.Conversations.OpenDirectAsync(slackId, cancellationToken).ConfigureAwait(false);
    }

    private static OutboxDelivery Failure(Exception e) => e switch
    {
        SlackRateLimitedException limited => OutboxDelivery.RetryLater($"{limited.Method}: rate limited", limited.RetryAfter),
        SlackApiException refused when Permanent.Contains(refused.Error) => OutboxDelivery.Rejected($"{refused.Method}: {refused.Error}"),
        SlackApiException refused => OutboxDelivery.RetryLater($"{refused.Method}: {refused.Error}"),

        _ when SlackCallFailure.OutcomeUnknown(e) => OutboxDelivery.Unknown($"Slack's answer was lost: {e.Message}"),
        _ => OutboxDelivery.RetryLater($"Slack unreachable: {e.Message}"),
    };

    private async Task<OutboxDelivery> PostAsync(string channel, SlackOutboxPayload payload, IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken)
    {
        var posted = await slack.Chat.PostMessageAsync(channel, payload.Text ?? "", Blocks(payload), SlackOutboxTag.For(items), cancellationToken).ConfigureAwait(false);
        return OutboxDelivery.Delivered(posted.Ts);
    }

    private async Task<OutboxDelivery> UpdateAsync(SlackOutboxPayload payload, CancellationToken cancellationToken)
    {
        var ts = payload.Target!;
        if (OutboxMessageId.TryParse(ts, out var outboxId))
        {
            var original = await outbox.GetAsync(outboxId, cancellationToken).ConfigureAwait(false);
            switch (original)
            {
                case { Status: OutboxStatus.Delivered, Result: { } delivered }:
                    ts = delivered;
                    break;
                case { Status: OutboxStatus.Pending }:
                    return OutboxDelivery.RetryLater($"message {payload.Target} is not posted yet");
                default:
                    return OutboxDelivery.Rejected($"message {payload.Target} was never posted");
            }
        }

        await slack.Chat.UpdateAsync(payload.Channel!, ts, payload.Text ?? "", Blocks(payload), cancellationToken).ConfigureAwait(false);
        return OutboxDelivery.Delivered(ts);
    }

    private async Task<OutboxDelivery> DirectAsync(SlackOutboxPayload payload, IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken)
    {
        var person = people.Find(payload.People![0]);
        var slackId = person is null ? null : await users.SlackIdOfAsync(person, cancellationToken).ConfigureAwait(false);
        return slackId is null
            ? OutboxDelivery.Rejected($"{payload.People[0]} has no Slack account the bot can find")
            : await PostAsync(slackId, payload, items, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The person's Slack id (their DM with the bot), or null when it is not known now (delivering says why).</summary>
    private async Task<string?> DirectChannelAsync(SlackOutboxPayload payload, CancellationToken cancellationToken)
    {
        try
        {
            return payload.People is [var id, ..] && people.Find(id) is { } person
                ? await users.SlackIdOfAsync(person, cancellationToken).ConfigureAwait(false)
                : null;
        }
        catch (Exception e) when (SlackCallFailure.Is(e))
        {
            return null;
        }
    }

    private async Task<OutboxDelivery> InviteAsync(SlackOutboxPayload payload, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var person in payload.People!.Select(people.Find).OfType<Person>())
        {
            if (await users.SlackIdOfAsync(person, cancellationToken).ConfigureAwait(false) is { } slackId)
            {
                ids.Add(slackId);
            }
        }

        var refused = ids.Count == 0 ? [] : await slack.Conversations.InviteAsync(payload.Channel!, ids, cancellationToken).ConfigureAwait(false);
        return refused.Count == 0
            ? OutboxDelivery.Delivered()
            : OutboxDelivery.Delivered() with { Error = "not invited: " + string.Join(", ", refused.Select(r => $"{r.User} ({r.Error})")) };
    }

    private async Task<OutboxDelivery> WhisperAsync(SlackOutboxPayload payload, CancellationToken cancellationToken)
    {
        await slack.Chat.PostEphemeralAsync(payload.Channel!, payload.Target!, payload.Text ?? "", cancellationToken: cancellationToken).ConfigureAwait(false);
        return OutboxDelivery.Delivered();
    }

    private async Task<OutboxDelivery> TopicAsync(SlackOutboxPayload payload, CancellationToken cancellationToken)
    {
        await slack.Conversations.SetTopicAsync(payload.Channel!, payload.Text ?? "", cancellationToken).ConfigureAwait(false);
        return OutboxDelivery.Delivered();
    }

    private async Task<OutboxDelivery> BookmarkAsync(SlackOutboxPayload payload, CancellationToken cancellationToken)
    {
        await slack.Bookmarks.AddAsync(payload.Channel!, payload.Title!, new Uri(payload.Target!), cancellationToken).ConfigureAwait(false);
        return OutboxDelivery.Delivered();
    }

    private async Task<OutboxDelivery> DocumentAsync(SlackOutboxPayload payload, CancellationToken cancellationToken)
    {
        var fileId = await slack.Files.UploadAsync(
            payload.Channel!, payload.FileName!, payload.Title!, Encoding.UTF8.GetBytes(payload.Content ?? ""), payload.Text, cancellationToken).ConfigureAwait(false);
        return OutboxDelivery.Delivered(fileId);
    }

    private static JsonArray? Blocks(SlackOutboxPayload payload) =>
        payload.Blocks is null ? null : JsonNode.Parse(payload.Blocks)?.AsArray();
}
