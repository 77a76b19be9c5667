using System.Text.Json.Nodes;
using IncidentBot.Teams.Activities;

namespace IncidentBot.Teams.Tests.Activities;

/// <summary>The copied Teams payloads (Fixtures/teams, sources in its README).</summary>
internal static class TeamsFixture
{
    public static string Text(string path) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "teams", path));

    public static JsonNode Json(string path) => JsonNode.Parse(Text(path))!;

    /// <summary>A captured Playground request's body, or a payload that is the activity itself.</summary>
    public static TeamsActivity Activity(string path)
    {
        var json = Json(path);
        return TeamsActivityReader.Read((json["body"] ?? json).ToJsonString());
    }
}
