namespace IncidentBot.Hosting;

/// <summary>
/// Keeps the generic host's own error log quiet until the bot has started: a start that fails is told once, in
/// one line (<see cref="StartupFailure"/>) or, for a bug, with its stack trace, not a second time by the host.
/// From the start on, the host's errors (a background service that failed) are logged as usual.
/// </summary>
public sealed class StartupLogGate
{
    /// <summary>The category the generic host logs start failures under.</summary>
    public const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    private volatile bool _started;

    public bool Allows(LogLevel level) => level >= LogLevel.Information && (_started || level < LogLevel.Error);

    public void Open() => _started = true;
}
