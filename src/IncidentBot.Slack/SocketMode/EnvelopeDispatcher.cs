using System.Text.Json;

using IncidentBot.Slack.Inbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Slack.SocketMode;

/// <summary>
/// Hands an envelope's payload to <see cref="ISlackInbound"/>, resolved in a scope of its own (the inbound side may
/// depend on scoped services): <c>events_api</c> → events, <c>interactive</c> → interactions, <c>slash_commands</c> →
/// commands. Envelopes it cannot use (a type this bot does not know, no payload, a command without its ids) are
/// answered with an empty ack, so Slack does not send them again.
/// </summary>
internal sealed partial class EnvelopeDispatcher(IServiceScopeFactory scopes, ILogger logger)
{
    public async Task<SlackAck> DispatchAsync(SocketEnvelope envelope, CancellationToken cancellationToken)
    {
        if (envelope.Payload.ValueKind != JsonValueKind.Object)
        {
            LogUnusable(logger, envelope.EnvelopeId, envelope.Type);
            return SlackAck.Empty;
        }

        await using var scope = scopes.CreateAsyncScope();
        var inbound = scope.ServiceProvider.GetRequiredService<ISlackInbound>();
        switch (envelope.Type)
        {
            case SocketEnvelope.EventsApi:
                return await inbound.HandleEventAsync(envelope.Payload, cancellationToken).ConfigureAwait(false);
            case SocketEnvelope.Interactive:
                return await inbound.HandleInteractionAsync(envelope.Payload, cancellationToken).ConfigureAwait(false);
            case SocketEnvelope.SlashCommands when SlashCommandParser.FromJson(envelope.Payload) is { } command:
                return await inbound.HandleSlashCommandAsync(command, cancellationToken).ConfigureAwait(false);
            default:
                LogUnusable(logger, envelope.EnvelopeId, envelope.Type);
                return SlackAck.Empty;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Socket Mode envelope {EnvelopeId} of type '{Type}' has nothing this bot handles; acknowledged and ignored")]
    private static partial void LogUnusable(ILogger logger, string envelopeId, string type);
}
