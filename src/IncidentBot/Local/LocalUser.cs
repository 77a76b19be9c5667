using IncidentBot.Core.Chat;
using IncidentBot.Core.Commands;
using IncidentBot.Core.People;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Local;

/// <summary>
/// Acts in the local workspace as a person would: writes messages and <c>/incident</c> commands, presses
/// buttons, reacts. Goes through the same routers and capture as the Slack and Teams adapters.
/// </summary>
public sealed class LocalUser(LocalWorkspace workspace, CommandRouter commands, ButtonRouter buttons, TranscriptCapture capture, TimeProvider time)
{
    public const string CommandPrefix = "/incident";

    /// <summary>Says something in a channel; text starting with <c>/incident</c> runs the command and returns its private reply.</summary>
    public async Task<LocalResult> SayAsync(Person person, string channelId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(text);
        var user = User(person);
        var trimmed = text.Trim();
        if (IsCommand(trimmed))
        {
            var reply = await commands.DispatchAsync(new CommandInvocation(user, channelId, trimmed[CommandPrefix.Length..].Trim(), time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            await workspace.WhisperAsync(channelId, person.Id, reply.Text).ConfigureAwait(false);
            return new LocalResult(null, reply.Text);
        }

        var posted = await workspace.SayAsync(person.Id, person.Name, channelId, text).ConfigureAwait(false);
        await capture.CaptureAsync(new ChannelMessage(user, channelId, posted.MessageId, text, posted.At, posted.Permalink), cancellationToken).ConfigureAwait(false);
        return new LocalResult(posted, null);
    }

    /// <summary>Presses the newest button with this label that the person can see; null when there is none.</summary>
    public async Task<LocalResult?> PressAsync(Person person, string label, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        return workspace.NewestButton(person.Id, label) is { } found
            ? await PressAsync(person, found.Message, found.Button, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>
    /// Presses the button with <paramref name="actionId"/> on one message, as a screen showing that message does; null
    /// when the person does not see that message or it has no such button (any more).
    /// </summary>
    public async Task<LocalResult?> PressAsync(Person person, string channelId, string messageId, string actionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        return workspace.FindMessage(channelId, messageId) is { } message && message.IsSeenBy(person.Id)
            && message.Buttons.FirstOrDefault(b => b.ActionId == actionId) is { } button
                ? await PressAsync(person, message, button, cancellationToken).ConfigureAwait(false)
                : null;
    }

    /// <summary>Reacts to a message the person posted or sees; true when the bot took the reaction in (📌 on a finding).</summary>
    public Task<bool> ReactAsync(Person person, PostedMessage message, string emoji, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return ReactAsync(person, message.ChannelId, message.MessageId, emoji, cancellationToken);
    }

    /// <summary>
    /// Reacts to a message: the reaction is kept on the message by its name (📌 is <c>pushpin</c>), everyone sees it, and
    /// it is handed to the bot, as a platform does. False when the bot did nothing with it; throws <see cref="InvalidOperationException"/> for a message that does not exist.
    /// </summary>
    public async Task<bool> ReactAsync(Person person, string channelId, string messageId, string emoji, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentException.ThrowIfNullOrWhiteSpace(emoji);
        emoji = EmojiName(emoji);
        var at = time.GetUtcNow();
        await workspace.ReactAsync(channelId, messageId, person.Id, emoji, at).ConfigureAwait(false);
        return await capture.ReactAsync(new MessageReaction(User(person), channelId, messageId, emoji, at), cancellationToken).ConfigureAwait(false);
    }

    private static bool IsCommand(string text) =>
        text.Equals(CommandPrefix, StringComparison.OrdinalIgnoreCase) || text.StartsWith(CommandPrefix + " ", StringComparison.OrdinalIgnoreCase);

    private async Task<LocalResult> PressAsync(Person person, LocalMessage message, ChatButton button, CancellationToken cancellationToken)
    {
        var press = new ButtonPress(User(person), message.ChannelId, message.Id, button.ActionId, button.Value, time.GetUtcNow());
        var reply = await buttons.DispatchAsync(press, cancellationToken).ConfigureAwait(false);
        await workspace.WhisperAsync(message.ChannelId, person.Id, reply.Text).ConfigureAwait(false);
        return new LocalResult(null, reply.Text);
    }

    /// <summary>The emoji's name, as Slack reports reactions: <c>📌</c> and <c>:pushpin:</c> are <c>pushpin</c>.</summary>
    private static string EmojiName(string emoji) => emoji.Trim() switch
    {
        "📌" => "pushpin",
        var named => named.Trim(':'),
    };

    private static ChatUser User(Person person) => new(LocalWorkspace.PlatformName, person.Id, person.Name);
}
