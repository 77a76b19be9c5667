using System.IO.Compression;
using System.Reflection;
using System.Text.RegularExpressions;

namespace IncidentBot.Teams.Package;

/// <summary>
/// The Teams app package people sideload: <c>manifest.json</c> with this bot's ids and address filled in, and its two
/// icons, zipped at the root as Teams expects. The manifest and icons are built into the binary from
/// <c>manifests/teams/</c>, so the package is made anywhere the bot runs.
/// </summary>
public static partial class TeamsAppPackage
{
    public static readonly IReadOnlyList<string> Files = ["manifest.json", "color.png", "outline.png"];

    private const string ResourcePrefix = "IncidentBot.Teams.Manifest.";

    /// <summary>
    /// Writes the package to <paramref name="zip"/>. <paramref name="values"/> fills the manifest's <c>{{NAME}}</c>
    /// placeholders; one without a value is refused, so no package goes out half filled in.
    /// </summary>
    public static void Write(Stream zip, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(values);
        var manifest = Fill(ReadText("manifest.json"), values);
        using var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true);
        using (var writer = new StreamWriter(archive.CreateEntry("manifest.json").Open()))
        {
            writer.Write(manifest);
        }

        foreach (var icon in Files.Skip(1))
        {
            using var source = Open(icon);
            using var target = archive.CreateEntry(icon).Open();
            source.CopyTo(target);
        }
    }

    /// <summary>The manifest with its placeholders replaced; throws naming the first placeholder with no value.</summary>
    public static string Fill(string manifest, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(values);
        return Placeholder().Replace(manifest, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? System.Text.Json.JsonEncodedText.Encode(value).ToString()
            : throw new InvalidOperationException($"The Teams manifest needs a value for {match.Value}."));
    }

    /// <summary>The placeholders the built-in manifest has.</summary>
    public static IReadOnlySet<string> Placeholders() =>
        Placeholder().Matches(ReadText("manifest.json")).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static string ReadText(string file)
    {
        using var reader = new StreamReader(Open(file));
        return reader.ReadToEnd();
    }

    private static Stream Open(string file) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + file)
        ?? throw new InvalidOperationException($"The Teams app's {file} is not built into this binary.");

    [GeneratedRegex(@"\{\{([A-Z_]+)\}\}")]
    private static partial Regex Placeholder();
}
