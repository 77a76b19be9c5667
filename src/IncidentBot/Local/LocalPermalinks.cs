using System.Text.RegularExpressions;

namespace IncidentBot.Local;

/// <summary>
/// How the local workspace links to its messages: under the bot's own address when it runs as a server,
/// or to the drill's transcript files (<c>transcript-1.md#m12</c>) when it replays a drill.
/// </summary>
public sealed partial class LocalPermalinks
{
    private readonly Func<string, string, string> _format;

    private LocalPermalinks(Func<string, string, string> format) => _format = format;

    /// <summary>Links under a base address: <c>{base}/local/{channel}#m{message}</c>.</summary>
    public static LocalPermalinks Under(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var root = baseAddress.ToString().TrimEnd('/');
        return new LocalPermalinks((channel, message) => $"{root}/local/{Uri.EscapeDataString(channel)}#m{message}");
    }

    /// <summary>Links into the drill's <c>transcript-N.md</c> files, by the incident number in the channel name.</summary>
    public static LocalPermalinks DrillTranscripts() => new((channel, message) =>
        IncidentChannel().Match(channel) is { Success: true } match ? $"transcript-{match.Groups["n"].Value}.md#m{message}" : $"#m{message}");

    public string For(string channelName, string messageId) => _format(channelName, messageId);

    [GeneratedRegex(@"^inc-(?<n>\d+)(?:-|$)", RegexOptions.CultureInvariant)]
    private static partial Regex IncidentChannel();
}
