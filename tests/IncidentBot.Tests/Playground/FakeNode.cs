using System.Runtime.Versioning;

namespace IncidentBot.Tests.Playground;

/// <summary>
/// A folder to put first on PATH with a fake <c>node</c> and <c>npx</c> (one shell script): asked its version, it
/// answers the version it was given; started as the Agents Playground, it writes its arguments and environment beside
/// itself, starts a child of its own (<c>sleep</c>), says <c>Listening on &lt;port&gt;</c> as the Playground does, and
/// runs until it is killed, or exits with code 3 once <see cref="ExitSignal"/> exists.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class FakeNode : IDisposable
{
    private const string Script = """
        #!/bin/sh
        here=$(dirname "$0")
        if [ "$1" = "--version" ]; then cat "$here/version"; exit 0; fi
        printf '%s\n' "$(basename "$0")" "$@" > "$here/arguments"
        printf 'NODE_OPTIONS=%s\nTEAMSAPPTESTER_BROWSER=%s\n' "$NODE_OPTIONS" "$TEAMSAPPTESTER_BROWSER" > "$here/environment"
        port=""; previous=""
        for argument in "$@"; do if [ "$previous" = "-p" ]; then port="$argument"; fi; previous="$argument"; done
        sleep 600 &
        printf '%s %s\n' "$$" "$!" > "$here/pids"
        echo "Listening on $port"
        while [ -d "$here" ] && [ ! -f "$here/exit" ]; do sleep 0.1; done
        kill $!
        exit 3
        """;

    public FakeNode(string version = "v20.11.1")
    {
        Folder = Directory.CreateTempSubdirectory("fake-node-").FullName;
        File.WriteAllText(Path.Combine(Folder, "version"), version + "\n");
        foreach (var name in new[] { "node", "npx" })
        {
            var path = Path.Combine(Folder, name);
            File.WriteAllText(path, Script.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Folder { get; }

    /// <summary>PATH with this folder first, so its node and npx are the ones found.</summary>
    public string SearchPath => Folder + Path.PathSeparator + System.Environment.GetEnvironmentVariable("PATH");

    public string ExitSignal => Path.Combine(Folder, "exit");

    /// <summary>The program it was started as (node or npx), then its arguments; null before it was started.</summary>
    public IReadOnlyList<string>? Arguments => Read("arguments");

    public IReadOnlyList<string>? Environment => Read("environment");

    /// <summary>Its own process id and its child's.</summary>
    public IReadOnlyList<int> ProcessIds => Read("pids")?.SelectMany(line => line.Split(' ')).Select(int.Parse).ToList() ?? [];

    public void Dispose()
    {
        File.WriteAllText(ExitSignal, "");
        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>Whether the process runs (a zombie, dead but not yet reaped, does not).</summary>
    public static bool IsRunning(int processId)
    {
        var stat = $"/proc/{processId}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private List<string>? Read(string name)
    {
        var path = Path.Combine(Folder, name);
        return File.Exists(path) ? [.. File.ReadAllLines(path)] : null;
    }
}
