using System.Buffers;
using System.Text.Json;

using IncidentBot.Slack.Inbound;

namespace IncidentBot.Slack.SocketMode;

/// <summary>
/// A Socket Mode message that carries work and must be acknowledged
/// (https://docs.slack.dev/apis/events-api/using-socket-mode/#acknowledge): its <c>envelope_id</c>, its <c>type</c>
/// (<c>events_api</c>, <c>slash_commands</c>, <c>interactive</c>) and the <c>payload</c> an HTTP endpoint would have received.
/// </summary>
internal sealed record SocketEnvelope(string EnvelopeId, string Type, JsonElement Payload, bool AcceptsResponsePayload)
{
    public const string EventsApi = "events_api";
    public const string SlashCommands = "slash_commands";
    public const string Interactive = "interactive";

    /// <summary>
    /// What makes two deliveries the same work: the <c>event_id</c> for Events API envelopes (Slack's retries of an
    /// event come in new envelopes), the <c>envelope_id</c> for everything else.
    /// </summary>
    public string DedupeKey =>
        Type == EventsApi && Payload.String("event_id") is { Length: > 0 } eventId ? "event:" + eventId : "envelope:" + EnvelopeId;

    /// <summary>The envelope in a message from Slack, or null when the message has no <c>envelope_id</c> (hello, disconnect …).</summary>
    public static SocketEnvelope? From(JsonElement message)
    {
        if (message.String("envelope_id") is not { Length: > 0 } envelopeId)
        {
            return null;
        }

        var payload = message.Object("payload") ?? default;
        var accepts = !message.TryGetProperty("accepts_response_payload", out var flag) || flag.ValueKind != JsonValueKind.False;
        return new SocketEnvelope(envelopeId, message.String("type") ?? "", payload, accepts);
    }

    /// <summary>
    /// The acknowledgement: <c>{"envelope_id": …, "payload": {…}}</c>, the payload left out when there is none or the
    /// envelope does not accept one (<c>accepts_response_payload: false</c>).
    /// </summary>
    public ReadOnlyMemory<byte> Ack(string? payloadJson)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("envelope_id", EnvelopeId);
            if (payloadJson is not null && AcceptsResponsePayload)
            {
                writer.WritePropertyName("payload");
                writer.WriteRawValue(payloadJson);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }
}
