using System.Diagnostics;
using System.Globalization;

namespace IncidentBot.Playground;

/// <summary>
/// The command that starts the Agents Playground as a Teams client (<c>-c msteams</c>) of the bot's
/// <c>/api/messages</c>, on the given port, without telemetry and without opening a browser (the banner names the
/// page; a browser it opened would be a child the bot kills with it). Node preloads <c>loopback.js</c> in it, so
/// its servers listen on 127.0.0.1 instead of every interface.
/// </summary>
public static class AgentsPlaygroundLaunch
{
    public static ProcessStartInfo StartInfo(NodeTools tools, string preload, Uri messagesEndpoint, int port, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(tools);
        ArgumentException.ThrowIfNullOrEmpty(preload);
        ArgumentNullException.ThrowIfNull(messagesEndpoint);
        string[] start = ["start", "-e", messagesEndpoint.ToString(), "-c", "msteams", "-p", port.ToString(CultureInfo.InvariantCulture), "--dt"];
        var info = tools.PlaygroundCli is { } cli
            ? new ProcessStartInfo(tools.Node, ["-r", preload, cli, .. start])
            : new ProcessStartInfo(tools.Npx ?? throw new ArgumentException("Neither the Playground's cli.js nor npx.", nameof(tools)), ["-y", "-p", NodeTools.PlaygroundPackage, "agentsplayground", .. start]);
        info.WorkingDirectory = workingDirectory;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        if (tools.PlaygroundCli is null)
        {
            // npx starts the Playground in a node of its own: the preload reaches it through the environment.
            var options = info.Environment.TryGetValue("NODE_OPTIONS", out var existing) ? existing : null;
            info.Environment["NODE_OPTIONS"] = $"{options} --require \"{preload}\"".TrimStart();
        }

        return info;
    }
}
