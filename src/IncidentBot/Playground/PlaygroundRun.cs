namespace IncidentBot.Playground;

/// <summary>
/// One <c>teams-playground</c> run: the tools and the command line it was started with, and how the Playground
/// ended when it ended on its own (the bot stops then, and the command fails).
/// </summary>
public sealed class PlaygroundRun(NodeTools tools, PlaygroundCommandLine commandLine)
{
    public NodeTools Tools { get; } = tools;

    public PlaygroundCommandLine CommandLine { get; } = commandLine;

    /// <summary>The Playground's exit code when it exited while the bot ran; null while it runs or when the bot stopped it.</summary>
    public int? PlaygroundExitCode { get; set; }
}
