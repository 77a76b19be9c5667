using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using IncidentBot.Core;
using IncidentBot.Core.Commands;
using IncidentBot.Teams.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Teams.Tests.Cards;

/// <summary>The shipped Teams app package asks for what the bot uses and lists the subcommands the core has.</summary>
public sealed class ManifestTests
{
    private static readonly JsonNode Manifest = JsonNode.Parse(File.ReadAllText(Packaged("manifest.json")))!;

    [Fact]
    public void Manifest_IsSchema125WithTheBotInEveryScope()
    {
        Assert.Equal("1.25", (string?)Manifest["manifestVersion"]);
        Assert.Equal("https://developer.microsoft.com/en-us/json-schemas/teams/v1.25/MicrosoftTeams.schema.json", (string?)Manifest["$schema"]);
        Assert.Equal("tier1", (string?)Manifest["supportsChannelFeatures"]);
        var bot = Assert.Single(Manifest["bots"]!.AsArray())!;
        Assert.Equal(["groupChat", "personal", "team"], Strings(bot["scopes"]).Order(StringComparer.Ordinal));
        Assert.Equal(("color.png", "outline.png"), ((string?)Manifest["icons"]!["color"], (string?)Manifest["icons"]!["outline"]));
    }

    [Fact]
    public void Manifest_HasEveryFieldOfMicrosoftsSampleBotManifest_OfTheSameKind()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "teams", "manifest", "manifest_agents_sample_v1.19.json")))!;

        var differences = ShapeDifferences(sample, Manifest, "").ToList();

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void Manifest_PlaceholdersAreLeftForThePackageToFillIn()
    {
        Assert.Equal("{{TEAMS_APP_ID}}", (string?)Manifest["id"]);
        Assert.Equal("{{BOT_APP_ID}}", (string?)Manifest["bots"]![0]!["botId"]);
        Assert.Equal("{{BOT_APP_ID}}", (string?)Manifest["webApplicationInfo"]!["id"]);
        Assert.Equal(["{{BOT_DOMAIN}}"], Strings(Manifest["validDomains"]));
    }

    [Fact]
    public void Manifest_AsksForTheChannelPermissionsTheBotUses()
    {
        var permissions = Manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray();

        Assert.Equal(
            ["Channel.Create.Group", "ChannelMessage.Read.Group", "ChannelSettings.ReadWrite.Group"],
            permissions.Select(p => (string)p!["name"]!).Order(StringComparer.Ordinal));
        Assert.All(permissions, p => Assert.Equal("Application", (string?)p!["type"]));
    }

    [Fact]
    public void Manifest_AddToTimelineIsAMessageAction()
    {
        var command = Assert.Single(Assert.Single(Manifest["composeExtensions"]!.AsArray())!["commands"]!.AsArray())!;

        Assert.Equal(TeamsActivityTypes.AddToTimelineCommandId, (string?)command["id"]);
        Assert.Equal("action", (string?)command["type"]);
        Assert.Equal("Add to timeline", (string?)command["title"]);
        Assert.Equal(["message"], Strings(command["context"]));
    }

    [Fact]
    public void Manifest_CommandList_IsTheCoresSubcommandsWithTheirHelp()
    {
        var core = CoreCommands().ToDictionary(c => c.Name, StringComparer.Ordinal);
        var list = Assert.Single(Manifest["bots"]![0]!["commandLists"]!.AsArray())!;
        var commands = list["commands"]!.AsArray().Select(c => ((string)c!["title"]!, (string)c["description"]!)).ToList();

        Assert.Equal(["groupChat", "personal", "team"], Strings(list["scopes"]).Order(StringComparer.Ordinal));
        Assert.InRange(commands.Count, 1, 10);
        Assert.Contains(commands, c => c.Item1 == "help");
        Assert.All(commands.Where(c => c.Item1 != "help"), c =>
        {
            Assert.True(core.TryGetValue(c.Item1, out var command), $"'{c.Item1}' is not a subcommand of the core");
            Assert.Equal($"{command.Usage} — {command.Summary}", c.Item2);
        });
        Assert.Subset(commands.Select(c => c.Item1).ToHashSet(), new HashSet<string> { "declare", "ack", "note", "resolve" });
        Assert.All(commands, c => Assert.True(c.Item1.Length <= 32 && c.Item2.Length <= 128, c.Item1));
    }

    [Theory]
    [InlineData("color.png", 192, false)]
    [InlineData("outline.png", 32, true)]
    public void Icons_AreTheSizesTeamsAsksAndTheOutlineIsWhiteOnTransparent(string file, int size, bool outline)
    {
        var (width, height, pixels) = ReadPng(File.ReadAllBytes(Packaged(file)));

        Assert.Equal((size, size), (width, height));
        var alphas = pixels.Select(p => p.A).ToHashSet();
        Assert.Equal(outline, alphas.Contains(0));
        if (outline)
        {
            Assert.All(pixels.Where(p => p.A != 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
            Assert.Contains(pixels, p => p.A == 255);
        }
    }

    private static string Packaged(string file) => Path.Combine(AppContext.BaseDirectory, "manifests", "teams", file);

    /// <summary>
    /// Where <paramref name="ours"/> lacks a field <paramref name="sample"/> fills in, or has it of another JSON kind;
    /// arrays compare by their first item, and the sample's empty arrays (tabs it does not have) ask for nothing.
    /// </summary>
    private static IEnumerable<string> ShapeDifferences(JsonNode sample, JsonNode? ours, string path)
    {
        if (ours is null || ours.GetValueKind() != sample.GetValueKind())
        {
            yield return $"{path}: {sample.GetValueKind()} in the sample, {ours?.GetValueKind().ToString() ?? "missing"} here";
            yield break;
        }

        var pairs = sample switch
        {
            JsonObject fields => fields.Select(f => (f.Value, ours[f.Key], $"{path}/{f.Key}")),
            JsonArray { Count: > 0 } items when ours.AsArray().Count > 0 => [(items[0], ours[0], $"{path}[0]")],
            JsonArray { Count: > 0 } => [(sample, (JsonNode?)null, $"{path} (empty here)")],
            _ => [],
        };
        foreach (var (inSample, here, at) in pairs)
        {
            if (inSample is JsonArray { Count: 0 })
            {
                continue;
            }

            foreach (var difference in ShapeDifferences(inSample!, here, at))
            {
                yield return difference;
            }
        }
    }

    private static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(s => (string)s!)];

    /// <summary>
    /// The subcommands the core registers. Name, usage and summary are constants of each command, so the commands are
    /// read without building their dependencies.
    /// </summary>
    private static IEnumerable<IIncidentCommand> CoreCommands() =>
        new ServiceCollection().AddIncidentCore()
            .Select(d => d.ImplementationType)
            .OfType<Type>()
            .Where(t => typeof(IIncidentCommand).IsAssignableFrom(t))
            .Select(t => (IIncidentCommand)RuntimeHelpers.GetUninitializedObject(t));

    /// <summary>An 8-bit RGBA PNG without row filters, as make-icons.py writes it.</summary>
    private static (int Width, int Height, List<(byte R, byte G, byte B, byte A)> Pixels) ReadPng(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var kind = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (kind == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]));
                Assert.Equal((8, 6), (data[8], data[9]));
            }
            else if (kind == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var pixels = new List<(byte, byte, byte, byte)>();
        for (var row = 0; row < height; row++)
        {
            var start = row * ((width * 4) + 1);
            Assert.Equal(0, raw[start]);
            for (var x = 0; x < width; x++)
            {
                var p = start + 1 + (x * 4);
                pixels.Add((raw[p], raw[p + 1], raw[p + 2], raw[p + 3]));
            }
        }

        return (width, height, pixels);
    }
}
