using IncidentBot.Hosting;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Tests.Host;

public sealed class HangfireLogProviderTests
{
    [Fact]
    public void GetLogger_HostStopped_GivesALoggerThatLogsNothing()
    {
        var loggers = LoggerFactory.Create(_ => { });
        var provider = new HangfireLogProvider(loggers);
        loggers.Dispose();

        var log = provider.GetLogger("Hangfire.Server.Worker");

        Assert.False(log.Log(Hangfire.Logging.LogLevel.Error, () => "after the host stopped"));
    }
}
