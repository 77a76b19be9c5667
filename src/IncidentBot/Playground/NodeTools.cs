using System.Diagnostics;
using System.Globalization;

namespace IncidentBot.Playground;

/// <summary>
/// Node.js as this machine has it, and the Agents Playground to run with it: the pinned npm package installed under
/// <c>.tools/playground</c> (in the working directory or a folder above it, or above the bot's binary: where the
/// repository's tests install it), else <c>npx</c>, which fetches it the first time.
/// </summary>
public sealed record NodeTools(string Node, string? Npx, string? PlaygroundCli)
{
    /// <summary>The npm package and version the bot is tested against.</summary>
    public const string PlaygroundPackage = "@microsoft/m365agentsplayground@0.2.28";

    public const int LeastNodeVersion = 18;

    /// <summary>The one line told when Node.js cannot run the Playground.</summary>
    public const string Needed =
        "teams-playground needs Node.js 18 or later (node and npx on PATH) to run the Agents Playground: install it from https://nodejs.org/en/download (or e.g. apt-get install nodejs npm), then run the command again.";

    private static readonly TimeSpan VersionTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The tools, or null with the one line to tell: <paramref name="path"/> is the PATH to search.</summary>
    public static async Task<(NodeTools? Tools, string? Refusal)> FindAsync(string? path, IEnumerable<string> searchFrom, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(searchFrom);
        if (OnPath(path, "node") is not { } node)
        {
            return (null, Needed);
        }

        var version = await VersionAsync(node, cancellationToken).ConfigureAwait(false);
        if (MajorOf(version) is not >= LeastNodeVersion)
        {
            return (null, $"{Needed} (node on PATH says '{version}')");
        }

        var cli = LocalPlaygroundCli(searchFrom);
        var npx = OnPath(path, "npx");
        return cli is null && npx is null ? (null, Needed) : (new NodeTools(node, npx, cli), null);
    }

    /// <summary>The major version in <c>node --version</c>'s answer (<c>v20.11.1</c>), or null.</summary>
    public static int? MajorOf(string? version)
    {
        var digits = version?.Trim().TrimStart('v').Split('.')[0];
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : null;
    }

    private static string? LocalPlaygroundCli(IEnumerable<string> searchFrom) =>
        searchFrom.SelectMany(Ancestors)
            .Select(folder => Path.Combine(folder, ".tools", "playground", "node_modules", "@microsoft", "m365agentsplayground", "cli.js"))
            .FirstOrDefault(File.Exists);

    private static IEnumerable<string> Ancestors(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            yield return folder.FullName;
        }
    }

    private static string? OnPath(string? path, string program)
    {
        var names = OperatingSystem.IsWindows() ? new[] { program + ".exe", program + ".cmd" } : [program];
        return (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }

    private static async Task<string> VersionAsync(string node, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(node, "--version") { RedirectStandardOutput = true, RedirectStandardError = true };
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return e.Message; // not a program this machine can run
        }

        if (process is null)
        {
            return "";
        }

        using (process)
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(VersionTimeout);
            try
            {
                var output = await process.StandardOutput.ReadToEndAsync(timeout.Token).ConfigureAwait(false);
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
                return output.Trim();
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                return "no answer to node --version";
            }
        }
    }
}
