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

    public static readonly SlackMethod CreateMethod = new("conversations.create");
    public static readonly SlackMethod InviteMethod = new("conversations.invite");
    public static readonly SlackMethod SetTopicMethod = new("conversations.setTopic");
    public static readonly SlackMethod JoinMethod = new("conversations.join");

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

    /// <summary>
    /// Invites users; those already in the channel are not an error. Slack invites nobody when any invite of a
    /// call fails, so after <c>already_in_channel</c> the others are invited again without those members.
    /// </summary>
    public async Task InviteAsync(string channel, IReadOnlyCollection<string> users, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentNullException.ThrowIfNull(users);
        foreach (var batch in users.Where(u => !string.IsNullOrEmpty(u)).Distinct(StringComparer.Ordinal).Chunk(InviteBatchSize))
        {
            await InviteBatchAsync(channel, batch, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task SetTopicAsync(string channel, string topic, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentNullException.ThrowIfNull(topic);
        await transport.CallAsync(SetTopicMethod, new JsonObject { ["channel"] = channel, ["topic"] = topic }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Joins a public channel (a warning, not an error, when the bot is already in it).</summary>
    public async Task JoinAsync(string channel, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        await transport.CallAsync(JoinMethod, new JsonObject { ["channel"] = channel }, cancellationToken).ConfigureAwait(false);
    }

    private async Task InviteBatchAsync(string channel, IReadOnlyList<string> users, CancellationToken cancellationToken)
    {
        var arguments = new JsonObject { ["channel"] = channel, ["users"] = string.Join(',', users) };
        try
        {
            await transport.CallAsync(InviteMethod, arguments, cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException e) when (OnlyAlreadyInChannel(e))
        {
            var members = UsersFailing(e);
            var rest = members.Count == 0 && users.Count > 1
                ? users.Select(u => (IReadOnlyList<string>)[u])
                : [[.. users.Where(u => !members.Contains(u))]];
            foreach (var others in rest.Where(r => r.Count > 0 && r.Count < users.Count))
            {
                await InviteBatchAsync(channel, others, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool OnlyAlreadyInChannel(SlackApiException e) =>
        e.Response?["errors"] is JsonArray { Count: > 0 } errors
            ? errors.All(f => f is JsonObject failure && SlackResponse.Optional(failure, "error") == AlreadyInChannel)
            : e.Error == AlreadyInChannel;

    private static HashSet<string> UsersFailing(SlackApiException e) =>
        e.Response?["errors"] is JsonArray errors
            ? [.. errors.OfType<JsonObject>().Select(f => SlackResponse.Optional(f, "user")).OfType<string>()]
            : [];
}
