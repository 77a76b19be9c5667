using System.Text.RegularExpressions;
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
public static partial class StartupFailure
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
        DataFolderUnusableException unusable => unusable.Message,
        AgentsPlaygroundException playground => playground.Message,
        StorageUnavailableException unavailable =>
            $"its data file cannot take writes ({unavailable.InnerException?.Message}). Free space on that disk, then start again.",
        IOException { InnerException: AddressInUseException } => PortInUse(exception.Message),
        _ => null,
    };

    /// <summary>
    /// Kestrel names the address it could not bind in its message (<c>Failed to bind to address http://127.0.0.1:5080:
    /// address already in use.</c>); the line names its port and host, and suggests the next port up.
    /// </summary>
    private static string PortInUse(string message)
    {
        var address = BoundAddress().Match(message);
        if (!address.Success || !Uri.TryCreate(address.Groups[1].Value, UriKind.Absolute, out var url))
        {
            return message.TrimEnd('.') + ": another program listens there. Stop the other process or set Urls, e.g. --Urls http://127.0.0.1:5081";
        }

        var next = new UriBuilder(url) { Port = url.Port < ushort.MaxValue ? url.Port + 1 : 5081 }.Uri.GetLeftPart(UriPartial.Authority);
        return $"Port {url.Port} on {url.Host} is in use (Urls={url.GetLeftPart(UriPartial.Authority)}). Stop the other process or set Urls, e.g. --Urls {next}";
    }

    [GeneratedRegex(@"address (\S+): address already in use", RegexOptions.IgnoreCase)]
    private static partial Regex BoundAddress();
}
