using System.Text.RegularExpressions;

namespace IncidentBot.Teams.Outbound;

/// <summary>
/// The core names its commands as typed in Slack (<c>/incident ack</c>); in Teams a command is an @mention of the bot
/// (<c>@IncidentBot ack</c>). What the bot tells people in Teams names commands the Teams way.
/// </summary>
public static partial class TeamsCommandSyntax
{
    public const string Mention = "@IncidentBot";

    /// <summary><paramref name="text"/> with each <c>/incident</c> that starts a command written as <see cref="Mention"/>.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SlashCommand().Replace(text, Mention);
    }

    [GeneratedRegex(@"(?<![\w/.:-])/incident\b", RegexOptions.CultureInvariant)]
    private static partial Regex SlashCommand();
}
