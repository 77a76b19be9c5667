namespace IncidentBot.Slack.Testing;

/// <summary>
/// The fake workspace as tests seed and read it: who is in it, which channels exist, and what a person would
/// see in each (messages in post order with edits applied, pins, bookmarks, topic).
/// </summary>
public sealed partial class FakeSlackServer
{
    public const string TeamId = "T00000001";
    public const string TeamName = "Fake Workspace";
    public const string WorkspaceUrl = "https://fake-workspace.slack.com/";
    public const string BotUserId = "U0BOT0001";
    public const string BotId = "B0BOT0001";
    public const string BotName = "incidentbot";
    public const string AppId = "A0APP0001";

    /// <summary>The workspace's owner: the creator of the channels a test adds (<see cref="AddChannel"/>).</summary>
    public const string OwnerUserId = "U0OWNER01";

    /// <summary>Adds a person (or bot) to the workspace's directory, for <c>users.*</c> and invites.</summary>
    public FakeSlackUser AddUser(string id, string name, string? email = null, string? realName = null, bool isBot = false)
    {
        var user = new FakeSlackUser(id, name, email, realName ?? name, isBot);
        lock (_workspace.Gate)
        {
            _workspace.Users[id] = user;
        }

        return user;
    }

    /// <summary>Adds an existing channel (e.g. #incidents) with its members; the bot is one unless <paramref name="botIsMember"/> is false.</summary>
    public FakeSlackChannel AddChannel(string id, string name, IEnumerable<string>? members = null, bool isPrivate = false, bool botIsMember = true)
    {
        lock (_workspace.Gate)
        {
            var channel = _workspace.AddChannel(id, name, isPrivate);
            channel.Members.UnionWith(members ?? []);
            if (botIsMember)
            {
                channel.Members.Add(BotUserId);
            }

            return channel.Snapshot();
        }
    }

    /// <summary>Puts <paramref name="user"/> in a channel, as if they had joined it.</summary>
    public void AddMember(string channel, string user)
    {
        lock (_workspace.Gate)
        {
            _workspace.Channel(channel, openDirectMessage: false).Members.Add(user);
        }
    }

    /// <summary>A person writes in a channel (for tests of what the bot reads); returns the message's ts.</summary>
    public string PostUserMessage(string channel, string user, string text)
    {
        lock (_workspace.Gate)
        {
            var message = new MessageState(_workspace.NextTs(), user, null) { Text = text };
            _workspace.Channel(channel).Messages.Add(message);
            return message.Ts;
        }
    }

    /// <summary>A channel by id or name, or the bot's DM with a user id; null when there is none.</summary>
    public FakeSlackChannel? Channel(string idOrName) => Read(() => _workspace.FindChannel(idOrName)?.Snapshot());

    public IReadOnlyList<FakeSlackChannel> Channels => Read(() => _workspace.Channels.Select(c => c.Snapshot()).ToList());

    /// <summary>The messages in a channel (or the bot's DM with a user id), in post order, edits applied; empty when there is no such channel.</summary>
    public IReadOnlyList<FakeSlackMessage> Messages(string channel) =>
        Read(() => _workspace.FindChannel(channel) is { } found ? found.Messages.Select(m => m.Snapshot(found.Id)).ToList() : []);

    public IReadOnlyList<FakeSlackEphemeral> Ephemerals(string channel) =>
        Read(() => _workspace.FindChannel(channel)?.Ephemerals.ToList() ?? []);

    public IReadOnlyList<FakeSlackUpload> Uploads => Read(() => _workspace.Uploads.ToList());

    public IReadOnlyList<FakeSlackView> Views => Read(() => _workspace.Views.ToList());

    private T Read<T>(Func<T> read)
    {
        lock (_workspace.Gate)
        {
            return read();
        }
    }
}
