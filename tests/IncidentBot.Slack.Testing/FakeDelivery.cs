using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>One sending of a pushed envelope on one connection; a redelivery is a new one that remembers the first id.</summary>
internal sealed class FakeDelivery(string pushedAs, JsonObject envelope, FakeSocketConnection connection)
{
    public string PushedAs => pushedAs;

    public JsonObject Envelope => envelope;

    public string EnvelopeId => envelope["envelope_id"]!.GetValue<string>();

    public FakeSocketConnection Connection => connection;

    public bool IsAcked { get; private set; }

    public void MarkAcked() => IsAcked = true;

    /// <summary>
    /// The redelivery on <paramref name="next"/>: an event comes in a new envelope with <c>retry_attempt</c> + 1 and
    /// <c>retry_reason</c> <c>timeout</c>; anything else under the same envelope id.
    /// </summary>
    public FakeDelivery Again(FakeSocketConnection next)
    {
        var copy = envelope.DeepClone().AsObject();
        if (copy["type"]?.GetValue<string>() == "events_api")
        {
            copy["envelope_id"] = Guid.NewGuid().ToString();
            copy["retry_attempt"] = (copy["retry_attempt"]?.GetValue<int>() ?? 0) + 1;
            copy["retry_reason"] = "timeout";
        }

        return new FakeDelivery(pushedAs, copy, next);
    }
}
