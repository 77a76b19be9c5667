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
        var user = new ChatUser(LocalWorkspace.PlatformName, person.Id, person.Name);
        var trimmed = text.Trim();
        if (trimmed.Equals(CommandPrefix, StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith(CommandPrefix + " ", StringComparison.OrdinalIgnoreCase))
        {
            var reply = await commands.DispatchAsync(new CommandInvocation(user, channelId, trimmed[CommandPrefix.Length..].Trim(), time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            workspace.Whisper(channelId, person.Id, reply.Text);
            return new LocalResult(null, reply.Text);
        }

        var posted = workspace.Say(person.Id, person.Name, channelId, text);
        await capture.CaptureAsync(new ChannelMessage(user, channelId, posted.MessageId, text, posted.At, posted.Permalink), cancellationToken).ConfigureAwait(false);
        return new LocalResult(posted, null);
    }

    /// <summary>Presses the newest button with this label that the person can see; null when there is none.</summary>
    public async Task<LocalResult?> PressAsync(Person person, string label, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (workspace.NewestButton(person.Id, label) is not { } found)
        {
            return null;
        }

        var user = new ChatUser(LocalWorkspace.PlatformName, person.Id, person.Name);
        var press = new ButtonPress(user, found.Message.ChannelId, found.Message.Id, found.Button.ActionId, found.Button.Value, time.GetUtcNow());
        var reply = await buttons.DispatchAsync(press, cancellationToken).ConfigureAwait(false);
        workspace.Whisper(found.Message.ChannelId, person.Id, reply.Text);
        return new LocalResult(null, reply.Text);
    }

    public Task<bool> ReactAsync(Person person, PostedMessage message, string emoji, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(message);
        var user = new ChatUser(LocalWorkspace.PlatformName, person.Id, person.Name);
        return capture.ReactAsync(new MessageReaction(user, message.ChannelId, message.MessageId, emoji, time.GetUtcNow()), cancellationToken);
    }
}
