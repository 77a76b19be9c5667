using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>The method specs copied next to the tests (<c>SlackSpecs/*.json</c> in the output folder), by method name.</summary>
public static class SlackMethodSpecs
{
    public const string FolderName = "SlackSpecs";

    public static IReadOnlyDictionary<string, SlackMethodSpec> Load() => Load(Path.Combine(AppContext.BaseDirectory, FolderName));

    public static IReadOnlyDictionary<string, SlackMethodSpec> Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No Slack method specs at {folder}; the test project must reference IncidentBot.Slack.Testing, which copies them.");
        }

        return Directory.EnumerateFiles(folder, "*.json")
            .Select(file => (Name: Path.GetFileNameWithoutExtension(file), Spec: JsonNode.Parse(File.ReadAllText(file)) as JsonObject ?? []))
            .ToDictionary(f => f.Name, f => SlackMethodSpec.Parse(f.Name, f.Spec), StringComparer.Ordinal);
    }
}
