using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>The Slack fixtures as copied to the test output folder.</summary>
internal static class Fixture
{
    public static string Text(string path) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", path));

    public static JsonElement Json(string path) => JsonSerializer.Deserialize<JsonElement>(Text(path));

    /// <summary>A fixture to change before use (an other callback id, an other emoji…).</summary>
    public static JsonObject Node(string path) => JsonNode.Parse(Text(path))!.AsObject();

    public static JsonElement ToElement(this JsonNode node) => JsonSerializer.SerializeToElement(node);
}
