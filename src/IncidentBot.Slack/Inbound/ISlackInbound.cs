using System.Text.Json;

namespace IncidentBot.Slack.Inbound;

/// <summary>
/// Handles what Slack sends, whichever way it arrives (HTTP endpoints or Socket Mode envelopes), after its
/// origin was verified. Each method records what must not be lost and returns at once with the
/// acknowledgement; slow work goes to jobs and the outbox.
/// </summary>
public interface ISlackInbound
{
    /// <summary>A slash command (the form fields of <c>/slack/commands</c>, or a <c>slash_commands</c> envelope's payload).</summary>
    Task<SlackAck> HandleSlashCommandAsync(SlashCommand command, CancellationToken cancellationToken = default);

    /// <summary>An interactivity payload: <c>block_actions</c>, <c>message_action</c>, <c>view_submission</c>, <c>view_closed</c>, <c>shortcut</c>.</summary>
    Task<SlackAck> HandleInteractionAsync(JsonElement payload, CancellationToken cancellationToken = default);

    /// <summary>An Events API <c>event_callback</c> (the whole wrapper, with <c>event_id</c> and <c>event</c>).</summary>
    Task<SlackAck> HandleEventAsync(JsonElement callback, CancellationToken cancellationToken = default);
}
