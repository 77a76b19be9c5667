using System.Text.Json.Nodes;

using IncidentBot.Slack.Tests.Inbound;

namespace IncidentBot.Slack.Tests.SocketMode;

/// <summary>The Socket Mode messages copied to the test output (Fixtures/socket_mode, sources in Fixtures/README.md).</summary>
internal static class SocketModeFixtures
{
    public static string Read(string name) => Fixture.Text("socket_mode/" + name);

    public static JsonObject ReadObject(string name) => Fixture.Node("socket_mode/" + name);

    /// <summary>A fixture with one change applied, so a test names exactly what differs from the real message.</summary>
    public static string ReadWith(string name, Action<JsonObject> change)
    {
        var message = ReadObject(name);
        change(message);
        return message.ToJsonString();
    }

    /// <summary>The ack fixture as it should come back for <paramref name="envelopeId"/>.</summary>
    public static JsonObject Ack(string name, string envelopeId)
    {
        var ack = ReadObject(name);
        ack["envelope_id"] = envelopeId;
        return ack;
    }
}
