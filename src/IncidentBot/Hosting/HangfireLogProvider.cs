using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace IncidentBot.Hosting;

/// <summary>
/// Hangfire's loggers, from the host's <see cref="ILoggerFactory"/>. Hangfire keeps one log provider for the whole
/// process, set by every host that configures it (<c>AddHangfire</c>); once that host stops, its logger factory is
/// disposed, and a Hangfire component created afterwards (another host's storage or server in the same process, as
/// in the tests, or this host's own background threads at shutdown) threw <see cref="ObjectDisposedException"/>.
/// A logger asked for after that logs nothing instead.
/// </summary>
internal sealed class HangfireLogProvider(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider _host = new(loggers);

    public ILog GetLogger(string name)
    {
        try
        {
            return _host.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return new SilentLog();
        }
    }

    private sealed class SilentLog : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
