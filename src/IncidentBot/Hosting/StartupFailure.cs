using IncidentBot.Core.Storage;
using IncidentBot.Playground;
using IncidentBot.Storage;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace IncidentBot.Hosting;

/// <summary>
/// The ways a start goes wrong that the person starting the bot can fix, told in one line: what is wrong, the key
/// it is about and the fix. Anything else is a bug and keeps its stack trace.
/// </summary>
public static class StartupFailure
{
    private const string Prefix = "IncidentBot cannot start: ";

    /// <summary>The line to print for <paramref name="exception"/>, or null when it is not a mistake of setup.</summary>
    public static string? Explain(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var causes = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [exception];
        var reasons = causes.Select(Reason).ToList();
        return reasons.TrueForAll(reason => reason is not null) ? Prefix + string.Join(" ", reasons.Distinct()) : null;
    }

    private static string? Reason(Exception exception) => exception switch
    {
        OptionsValidationException options => string.Join(" ", options.Failures),
        DataFolderInUseException inUse => inUse.Message,
        AgentsPlaygroundException playground => playground.Message,
        StorageUnavailableException unavailable =>
            $"its data file cannot take writes ({unavailable.InnerException?.Message}). Free space on that disk, then start again.",
        IOException { InnerException: AddressInUseException } => exception.Message.TrimEnd('.')
            + ": another program listens there. Set Urls to a free address (e.g. --Urls http://127.0.0.1:5081).",
        _ => null,
    };
}
