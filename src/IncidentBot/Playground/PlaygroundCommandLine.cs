using System.Globalization;

namespace IncidentBot.Playground;

/// <summary>
/// The arguments of <c>teams-playground</c>: the port the Agents Playground listens on (<c>--port</c>, 56150 as the
/// Playground's own default), and the bot's settings (<c>--Key=value</c>), passed on to the bot as they are.
/// </summary>
public sealed record PlaygroundCommandLine(int Port, IReadOnlyList<string> Settings)
{
    public const int DefaultPort = 56150;

    private const string PortOption = "--port";

    /// <summary>The Playground's page, on the loopback address it listens on.</summary>
    public Uri Page => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>
    /// The Playground's mock Bot Connector, spelled as the Playground names it in its activities (<c>localhost</c>, no
    /// trailing slash), so the bot can open a thread for an alert before anyone wrote to it.
    /// </summary>
    public Uri ConnectorUrl => new($"http://localhost:{Port.ToString(CultureInfo.InvariantCulture)}/_connector");

    /// <summary>The command line, or null when <c>--port</c> is not a port.</summary>
    public static PlaygroundCommandLine? Parse(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var port = DefaultPort;
        var settings = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var value = arguments[i] switch
            {
                PortOption => i + 1 < arguments.Count ? arguments[++i] : "",
                var option when option.StartsWith(PortOption + "=", StringComparison.Ordinal) => option[(PortOption.Length + 1)..],
                _ => null,
            };
            if (value is null)
            {
                settings.Add(arguments[i]);
            }
            else if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)
            {
                return null;
            }
        }

        return new PlaygroundCommandLine(port, settings);
    }

    /// <summary>
    /// The bot's arguments: the person's settings, then Playground mode and the Playground's connector, last so they
    /// win. The listening address stays the person's (loopback by default); Playground mode refuses any other.
    /// </summary>
    public string[] BotArguments() =>
    [
        .. Settings,
        "--IncidentBot:Platform=teams",
        "--Teams:AllowUnauthenticatedLocalClient=true",
        $"--Teams:ServiceUrl={ConnectorUrl}",
    ];
}
