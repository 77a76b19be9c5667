using System.Text;
using System.Text.Json.Nodes;

using IncidentBot.Core.Alerts;

namespace IncidentBot.Core.Tests.Alerts;

/// <summary>Reads the alert payloads copied to the test output and parses them with assertions.</summary>
internal static class AlertFixtures
{
    public static byte[] Read(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "alerts", name));

    /// <summary>A fixture with one change applied, so a test names exactly what differs from the real payload.</summary>
    public static byte[] ReadWith(string name, Action<JsonObject> change)
    {
        JsonObject payload = JsonNode.Parse(Read(name))!.AsObject();
        change(payload);
        return Encoding.UTF8.GetBytes(payload.ToJsonString());
    }

    /// <summary>The first alert of a fixture, changed by <paramref name="change"/>.</summary>
    public static byte[] ReadWithFirstAlert(string name, Action<JsonObject> change) =>
        ReadWith(name, payload => change(payload["alerts"]![0]!.AsObject()));

    public static IReadOnlyList<NormalizedAlert> ParseAlerts(IAlertParser parser, ReadOnlySpan<byte> body)
    {
        AlertParseResult result = parser.Parse(body);
        Assert.True(result.IsSuccess, result.Error);
        return result.Alerts;
    }

    public static string ParseError(IAlertParser parser, ReadOnlySpan<byte> body)
    {
        AlertParseResult result = parser.Parse(body);
        Assert.False(result.IsSuccess);
        Assert.Empty(result.Alerts);
        return result.Error!;
    }
}
