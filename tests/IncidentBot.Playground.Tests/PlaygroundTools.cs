namespace IncidentBot.Playground.Tests;

/// <summary>
/// What the browser test needs from the machine: Node.js (<c>node</c> on PATH), the Agents Playground installed with
/// npm (the pinned <see cref="PlaygroundPackage"/>, under <c>.tools/playground</c> in the repository, where the bot's
/// <c>teams-playground</c> finds it too) and Debian's Chromium (<c>/usr/bin/chromium</c>, or <c>INCIDENTBOT_CHROMIUM</c>).
/// <c>.ci/run</c> installs all three and sets <see cref="RequireVariable"/>, under which a missing one fails the test
/// instead of skipping it.
/// </summary>
public sealed record PlaygroundTools(string Node, string PlaygroundCli, string Chromium)
{
    public const string PlaygroundPackage = "@microsoft/m365agentsplayground@0.2.28";
    public const string RequireVariable = "INCIDENTBOT_REQUIRE_BROWSER";

    private const string CliPath = "node_modules/@microsoft/m365agentsplayground/cli.js";

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>The tools, or why they cannot be had (naming what to install).</summary>
    public static (PlaygroundTools? Tools, string? Missing) Find()
    {
        var missing = new List<string>();
        var node = OnPath("node");
        if (node is null)
        {
            missing.Add("node on PATH (apt-get install nodejs npm)");
        }

        var cli = PlaygroundFolders().Select(folder => Path.Combine(folder, CliPath)).FirstOrDefault(File.Exists);
        if (cli is null)
        {
            missing.Add($"the Agents Playground (npm install --prefix .tools/playground {PlaygroundPackage})");
        }

        var chromium = Environment.GetEnvironmentVariable("INCIDENTBOT_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            missing.Add($"Chromium at {chromium} (apt-get install chromium, or set INCIDENTBOT_CHROMIUM)");
        }

        return missing.Count == 0
            ? (new PlaygroundTools(node!, cli!, chromium), null)
            : (null, "the Agents Playground browser test needs " + string.Join("; ", missing) + ", which .ci/run installs");
    }

    /// <summary>The tools; throws, saying what is missing, when they cannot be had.</summary>
    public static PlaygroundTools Require()
    {
        var (tools, missing) = Find();
        return tools ?? throw new InvalidOperationException($"Cannot run: {missing}.");
    }

    private static IEnumerable<string> PlaygroundFolders()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            yield return Path.Combine(folder.FullName, ".tools", "playground");
        }
    }

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
