using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace IncidentBot.Slack.Testing;

/// <summary>
/// Slack's side of Socket Mode (https://docs.slack.dev/apis/events-api/using-socket-mode/), served by
/// <see cref="FakeSlackServer"/> at <c>/socket-mode</c>: accepts WebSockets and says <c>hello</c>, sends the envelopes a
/// test pushes (with fresh envelope ids, in frames of <see cref="FrameSize"/> bytes) to the newest connection, and
/// collects the acks. Like Slack, it delivers again the envelopes whose connection ended before they were acked:
/// events in a new envelope with <c>retry_attempt</c> + 1 (same <c>event_id</c>), others under the same envelope id.
/// </summary>
public sealed class FakeSocketMode
{
    private readonly Lock _gate = new();
    private readonly List<FakeSocketConnection> _connections = [];
    private readonly Dictionary<string, FakeDelivery> _deliveries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JsonObject>> _acks = new(StringComparer.Ordinal);
    private readonly List<FakeDelivery> _waiting = [];

    public FakeSocketMode(FakeSlackServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        Url = new Uri($"ws://{server.BaseAddress.Authority}/socket-mode");
        server.SocketModeEndpoint = AcceptAsync;
    }

    /// <summary>The address <see cref="FakeSocketModeConnector"/> hands out.</summary>
    public Uri Url { get; }

    /// <summary>Messages longer than this go out in several frames.</summary>
    public int FrameSize { get; set; } = 16 * 1024;

    /// <summary>Whether envelopes left unacked by an ended connection are delivered again.</summary>
    public bool Redeliver { get; set; } = true;

    /// <summary>Whether a new connection is greeted with <c>hello</c>.</summary>
    public bool SayHello { get; set; } = true;

    public int ConnectionCount
    {
        get
        {
            lock (_gate)
            {
                return _connections.Count;
            }
        }
    }

    /// <summary>The newest connection that was greeted and is still open: where pushed envelopes go.</summary>
    public FakeSocketConnection? Current
    {
        get
        {
            lock (_gate)
            {
                return _connections.LastOrDefault(c => c.IsReady);
            }
        }
    }

    /// <summary>Connection <paramref name="number"/> (1 for the first), once it was greeted.</summary>
    public Task<FakeSocketConnection> ConnectionAsync(int number) =>
        Poll.UntilAsync(() => Connection(number) is { Greeted: true } c ? c : null, $"Socket Mode connection {number}");

    public FakeSocketConnection? Connection(int number)
    {
        lock (_gate)
        {
            return number <= _connections.Count ? _connections[number - 1] : null;
        }
    }

    /// <summary>Sends an envelope (fixture JSON) under a fresh envelope id on <see cref="Current"/>; returns that id.</summary>
    public async Task<string> PushAsync(string envelopeJson)
    {
        var envelopeId = Guid.NewGuid().ToString();
        await PushAsync(envelopeJson, envelopeId).ConfigureAwait(false);
        return envelopeId;
    }

    /// <summary>Sends an envelope under the given envelope id (a test's own redelivery) on <see cref="Current"/>.</summary>
    public Task PushAsync(string envelopeJson, string envelopeId)
    {
        var envelope = JsonNode.Parse(envelopeJson)!.AsObject();
        envelope["envelope_id"] = envelopeId;
        FakeSocketConnection connection;
        FakeDelivery delivery;
        lock (_gate)
        {
            connection = _connections.LastOrDefault(c => c.IsReady)
                ?? throw new InvalidOperationException("No open Socket Mode connection to push to.");
            delivery = new FakeDelivery(envelopeId, envelope, connection);
            _deliveries[envelopeId] = delivery;
        }

        return connection.TrySendAsync(envelope.ToJsonString());
    }

    /// <summary>The acks received for an envelope pushed under <paramref name="envelopeId"/>, its redeliveries' included.</summary>
    public IReadOnlyList<JsonObject> AcksFor(string envelopeId)
    {
        lock (_gate)
        {
            return _acks.TryGetValue(envelopeId, out var acks) ? [.. acks] : [];
        }
    }

    /// <summary>The first ack of an envelope, once it came.</summary>
    public Task<JsonObject> AckAsync(string envelopeId) =>
        Poll.UntilAsync(() => AcksFor(envelopeId) is [var first, ..] ? first : null, $"an ack of envelope {envelopeId}");

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        FakeSocketConnection connection;
        lock (_gate)
        {
            var open = _connections.Where(c => c.IsOpen).Select(c => c.Number).ToList();
            connection = new FakeSocketConnection(_connections.Count + 1, socket, context, open, this);
            _connections.Add(connection);
        }

        if (SayHello)
        {
            await connection.GreetAsync(ConnectionCount).ConfigureAwait(false);
            await SendWaitingAsync().ConfigureAwait(false);
        }

        await connection.RunAsync().ConfigureAwait(false);
        await EndedAsync(connection).ConfigureAwait(false);
    }

    internal void Acked(JsonObject ack)
    {
        var envelopeId = ack["envelope_id"]?.GetValue<string>() ?? "";
        lock (_gate)
        {
            var pushedAs = _deliveries.TryGetValue(envelopeId, out var delivery) ? delivery.PushedAs : envelopeId;
            delivery?.MarkAcked();
            if (!_acks.TryGetValue(pushedAs, out var acks))
            {
                _acks[pushedAs] = acks = [];
            }

            acks.Add(ack);
        }
    }

    private Task EndedAsync(FakeSocketConnection connection)
    {
        lock (_gate)
        {
            connection.MarkEnded();
            if (Redeliver)
            {
                _waiting.AddRange(_deliveries.Values.Where(d => d.Connection == connection && !d.IsAcked));
            }
        }

        return SendWaitingAsync();
    }

    private async Task SendWaitingAsync()
    {
        List<(FakeSocketConnection Connection, JsonObject Envelope)> sends = [];
        lock (_gate)
        {
            if (_connections.LastOrDefault(c => c.IsReady) is not { } current)
            {
                return;
            }

            foreach (var waiting in _waiting)
            {
                var again = waiting.Again(current);
                _deliveries[again.EnvelopeId] = again;
                sends.Add((current, again.Envelope));
            }

            _waiting.Clear();
        }

        foreach (var (connection, envelope) in sends)
        {
            await connection.TrySendAsync(envelope.ToJsonString()).ConfigureAwait(false);
        }
    }
}
