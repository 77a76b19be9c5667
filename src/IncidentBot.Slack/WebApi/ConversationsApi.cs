using System.Text.Json.Nodes;

namespace IncidentBot.Slack.WebApi;

/// <summary>
/// The <c>conversations.*</c> methods the bot uses
/// (<see href="https://docs.slack.dev/reference/methods/conversations.create"/> and siblings).
/// </summary>
public sealed class ConversationsApi(SlackApiTransport transport)
{
    public const string AlreadyInChannel = "already_in_channel";

    /// <summary>The most users one <c>conversations.invite</c> call may name.</summary>
    public const int InviteBatchSize = 100;

    /// <summary><c>conversations.invite</c> errors about one of the users rather than the call (its method spec).</summary>
    private static readonly HashSet<string> UserErrors = new(StringComparer.Ordinal)
    {
        AlreadyInChannel, "cant_invite", "cant_invite_self", "invitee_cant_see_channel", "no_permission",
        "no_external_invite_permission", "org_user_not_in_team", "ura_max_channels", "user_is_restricted", "user_not_found",
    };

    public static readonly SlackMethod CreateMethod = new("conversations.create") { Repeatable = false };
    public static readonly SlackMethod InviteMethod = new("conversations.invite");
    public static readonly SlackMethod SetTopicMethod = new("conversations.setTopic");
    public static readonly SlackMethod JoinMethod = new("conversations.join");
    public static readonly SlackMethod HistoryMethod = new("conversations.history");

    /// <summary>Opening a direct message that is open already returns it: safe to repeat.</summary>
    public static readonly SlackMethod OpenMethod = new("conversations.open");

    /// <summary><c>users.conversations</c> does not accept JSON.</summary>
    public static readonly SlackMethod MemberOfMethod = new("users.conversations", SlackBodyEncoding.Form);

    /// <summary>A page of history as Slack recommends it (https://docs.slack.dev/reference/methods/conversations.history).</summary>
    public const int HistoryPageSize = 200;

    /// <summary>The most channels one <c>users.conversations</c> page may hold.</summary>
    public const int MemberOfPageSize = 999;

    /// <summary>Creates a channel; a name in use fails with <c>name_taken</c> (the caller picks another).</summary>
    public async Task<SlackChannel> CreateAsync(string name, bool isPrivate = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var arguments = new JsonObject { ["name"] = name, ["is_private"] = isPrivate };
        var response = await transport.CallAsync(CreateMethod, arguments, cancellationToken).ConfigureAwait(false);
        return new SlackChannel(
            SlackResponse.Required(response, CreateMethod.Name, "channel", "id"),
            SlackResponse.Optional(response, "channel", "name") ?? name);
    }

    private static SlackChannel ChannelOf(JsonObject channel) => new(
        SlackResponse.Optional(channel, "id") ?? "",
        SlackResponse.Optional(channel, "name") ?? "",
        SlackResponse.Optional(channel, "creator"),
        channel["created"] is JsonValue created && created.TryGetValue(out long seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null);

    /// <summary>
    /// Invites users, and says who could not be invited: Slack invites nobody when any invite of a call fails, so
    /// after a refusal of some users (a guest, someone already in the channel, an unknown id) the others are
    /// invited again without them. Those already in the channel are not refusals.
    /// </summary>
    public async Task<IReadOnlyList<SlackInviteRefusal>> InviteAsync(string channel, IReadOnlyCollection<string> users, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentNullException.ThrowIfNull(users);
        var refused = new List<SlackInviteRefusal>();
        foreach (var batch in users.Where(u => !string.IsNullOrEmpty(u)).Distinct(StringComparer.Ordinal).Chunk(InviteBatchSize))
        {
            await InviteBatchAsync(channel, batch, refused, cancellationToken).ConfigureAwait(false);
        }

        return refused;
    }

    public async Task SetTopicAsync(string channel, string topic, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentNullException.ThrowIfNull(topic);
        await transport.CallAsync(SetTopicMethod, new JsonObject { ["channel"] = channel, ["topic"] = topic }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The id (<c>D…</c>) of the bot's direct message with <paramref name="user"/>, opened if it is not yet.</summary>
    public async Task<string> OpenDirectAsync(string user, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        var response = await transport.CallAsync(OpenMethod, new JsonObject { ["users"] = user }, cancellationToken).ConfigureAwait(false);
        return SlackResponse.Required(response, OpenMethod.Name, "channel", "id");
    }

    /// <summary>
    /// A channel's messages posted since <paramref name="since"/>, newest first, at most <paramref name="atMost"/>,
    /// with every message's <c>metadata</c> (<c>include_all_metadata</c>).
    /// </summary>
    public async Task<IReadOnlyList<JsonObject>> RecentMessagesAsync(string channel, DateTimeOffset since, int atMost, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        var oldest = (since.ToUnixTimeMilliseconds() / 1000m).ToString("0.000000", System.Globalization.CultureInfo.InvariantCulture);
        var messages = new List<JsonObject>();
        string? cursor = null;
        do
        {
            var arguments = new JsonObject
            {
                ["channel"] = channel, ["oldest"] = oldest, ["include_all_metadata"] = true,
                ["limit"] = Math.Min(HistoryPageSize, atMost - messages.Count), ["cursor"] = cursor,
            };
            var response = await transport.CallAsync(HistoryMethod, arguments, cancellationToken).ConfigureAwait(false);
            messages.AddRange((response["messages"] as JsonArray ?? []).OfType<JsonObject>());
            cursor = SlackResponse.Optional(response, "response_metadata", "next_cursor");
        }
        while (cursor is { Length: > 0 } && messages.Count < atMost);

        return messages;
    }

    /// <summary>The public channels the bot is a member of (archived ones left out), with who created each and when.</summary>
    public async Task<IReadOnlyList<SlackChannel>> MemberOfAsync(CancellationToken cancellationToken = default)
    {
        var channels = new List<SlackChannel>();
        string? cursor = null;
        do
        {
            var arguments = new JsonObject
            {
                ["types"] = "public_channel", ["exclude_archived"] = true, ["limit"] = MemberOfPageSize, ["cursor"] = cursor,
            };
            var response = await transport.CallAsync(MemberOfMethod, arguments, cancellationToken).ConfigureAwait(false);
            channels.AddRange((response["channels"] as JsonArray ?? []).OfType<JsonObject>().Select(ChannelOf));
            cursor = SlackResponse.Optional(response, "response_metadata", "next_cursor");
        }
        while (cursor is { Length: > 0 });

        return channels;
    }

    /// <summary>Joins a public channel (a warning, not an error, when the bot is already in it).</summary>
    public async Task JoinAsync(string channel, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        await transport.CallAsync(JoinMethod, new JsonObject { ["channel"] = channel }, cancellationToken).ConfigureAwait(false);
    }

    private async Task InviteBatchAsync(string channel, IReadOnlyList<string> users, List<SlackInviteRefusal> refused, CancellationToken cancellationToken)
    {
        var arguments = new JsonObject { ["channel"] = channel, ["users"] = string.Join(',', users) };
        try
        {
            await transport.CallAsync(InviteMethod, arguments, cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException e) when (UserRefusals(e, users) is { } refusals)
        {
            // A refusal of some users, not a failure of the call: they are returned to the caller, the others invited.
            refused.AddRange(refusals.Where(r => r.Error != AlreadyInChannel));
            var failing = refusals.Select(r => r.User).ToHashSet(StringComparer.Ordinal);
            var rest = failing.Count == 0 && users.Count > 1
                ? users.Select(u => (IReadOnlyList<string>)[u])
                : [[.. users.Where(u => !failing.Contains(u))]];
            foreach (var others in rest.Where(r => r.Count > 0 && r.Count < users.Count))
            {
                await InviteBatchAsync(channel, others, refused, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The users a failed invite names, each with why (none named: a lone user's refusal, or an <c>already_in_channel</c>
    /// without details, which the caller splits); null when the failure is about the call, not about users.
    /// </summary>
    private static List<SlackInviteRefusal>? UserRefusals(SlackApiException e, IReadOnlyList<string> users)
    {
        if (e.Response?["errors"] is JsonArray { Count: > 0 } errors)
        {
            var refusals = errors.OfType<JsonObject>()
                .Select(f => new SlackInviteRefusal(SlackResponse.Optional(f, "user") ?? "", SlackResponse.Optional(f, "error") ?? e.Error))
                .ToList();
            return refusals.Count == errors.Count && refusals.All(r => r.User.Length > 0 && UserErrors.Contains(r.Error)) ? refusals : null;
        }

        return e.Error switch
        {
            AlreadyInChannel => [],
            var error when UserErrors.Contains(error) => users.Count == 1 ? [new SlackInviteRefusal(users[0], error)] : [],
            _ => null,
        };
    }
}
