using System.Text.Json;
using IncidentBot.Slack.Inbound;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>An <see cref="ISlackInbound"/> that keeps what it was handed and answers with <see cref="Ack"/>.</summary>
internal sealed class RecordingSlackInbound : ISlackInbound
{
    public List<SlashCommand> Commands { get; } = [];

    public List<JsonElement> Interactions { get; } = [];

    public List<JsonElement> Events { get; } = [];

    public int Calls => Commands.Count + Interactions.Count + Events.Count;

    public SlackAck Ack { get; set; } = SlackAck.Empty;

    public Task<SlackAck> HandleSlashCommandAsync(SlashCommand command, CancellationToken cancellationToken = default)
    {
        Commands.Add(command);
        return Task.FromResult(Ack);
    }

    public Task<SlackAck> HandleInteractionAsync(JsonElement payload, CancellationToken cancellationToken = default)
    {
        Interactions.Add(payload.Clone());
        return Task.FromResult(Ack);
    }

    public Task<SlackAck> HandleEventAsync(JsonElement callback, CancellationToken cancellationToken = default)
    {
        Events.Add(callback.Clone());
        return Task.FromResult(Ack);
    }
}
