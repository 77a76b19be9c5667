using System.Text.Json;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Commands;
using IncidentBot.Slack.Outbound;

namespace IncidentBot.Slack.Inbound;

/// <summary>
/// Maps what Slack sends into the core, whichever way it arrived (HTTP endpoints or Socket Mode): slash
/// commands (https://docs.slack.dev/interactivity/implementing-slash-commands) to the
/// <see cref="CommandRouter"/>, interactivity to <see cref="SlackInteractionHandler"/>, Events API
/// callbacks to <see cref="SlackEventHandler"/>.
/// </summary>
public sealed class SlackInboundHandler(
    CommandRouter commands, SlackInteractionHandler interactions, SlackEventHandler events, TimeProvider time) : ISlackInbound
{
    /// <summary>Runs <c>/incident &lt;text&gt;</c>; the reply is shown only to the person who typed it. Another command runs nothing.</summary>
    public async Task<SlackAck> HandleSlashCommandAsync(SlashCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!command.IsBotCommand)
        {
            return SlackAck.Ephemeral($"This app answers {SlashCommand.BotCommand} only; {command.Command} was not run.");
        }

        var user = new ChatUser(SlackOutboxKinds.Platform, command.UserId, command.UserName);
        var invocation = new CommandInvocation(user, command.ChannelId, SlackText.Unescape(command.Text), time.GetUtcNow());
        var reply = await commands.DispatchAsync(invocation, cancellationToken).ConfigureAwait(false);
        return SlackAck.Ephemeral(reply.Text);
    }

    public Task<SlackAck> HandleInteractionAsync(JsonElement payload, CancellationToken cancellationToken = default) =>
        interactions.HandleAsync(payload, cancellationToken);

    public async Task<SlackAck> HandleEventAsync(JsonElement callback, CancellationToken cancellationToken = default)
    {
        await events.HandleAsync(callback, cancellationToken).ConfigureAwait(false);
        return SlackAck.Empty;
    }
}
