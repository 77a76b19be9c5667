using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Drills;
using IncidentBot.Slack.Inbound;
using IncidentBot.Tests.Host;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace IncidentBot.Tests.Slack;

/// <summary>The shipped Slack app manifest is one Slack accepts, and asks for what the bot uses.</summary>
public sealed class ManifestTests
{
    private static readonly JsonNode Manifest = Load();

    [Fact]
    public void Manifest_AgainstSlacksSchema_IsValid()
    {
        var result = Schema().Evaluate(JsonSerializer.SerializeToElement(Manifest), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, JsonSerializer.Serialize(result));
    }

    [Fact]
    public void Schema_ManifestWithAMisspelledSetting_IsRejected()
    {
        var misspelled = Manifest.DeepClone();
        misspelled["settings"]!["socket_mode_enable"] = true;

        Assert.False(Schema().Evaluate(JsonSerializer.SerializeToElement(misspelled)).IsValid);
    }

    [Fact]
    public void Manifest_DeclaresTheCommandShortcutEventsAndSocketMode()
    {
        Assert.Equal(SlashCommand.BotCommand, Manifest["features"]!["slash_commands"]![0]!["command"]!.GetValue<string>());
        Assert.Equal("add_to_timeline", Manifest["features"]!["shortcuts"]![0]!["callback_id"]!.GetValue<string>());
        var events = Manifest["settings"]!["event_subscriptions"]!["bot_events"]!.AsArray().Select(e => e!.GetValue<string>());
        Assert.Equal(["app_mention", "message.channels", "reaction_added"], events.Order(StringComparer.Ordinal));
        Assert.True(Manifest["settings"]!["socket_mode_enabled"]!.GetValue<bool>());
        Assert.True(Manifest["settings"]!["interactivity"]!["is_enabled"]!.GetValue<bool>());
    }

    private static JsonSchema Schema() =>
        JsonSchema.FromText(File.ReadAllText(TestPayloads.Path("Fixtures", "slack", "manifest.schema.1.0.0.json")), new BuildOptions { Dialect = Dialect.Draft07 });

    private static JsonNode Load()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(TestPayloads.Path("manifests", "slack", "app-manifest.yaml"))));
        return JsonNode.Parse(YamlJson.ToJson(yaml.Documents[0].RootNode))!;
    }
}
