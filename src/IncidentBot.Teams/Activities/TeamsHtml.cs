using System.Net;
using System.Text.RegularExpressions;

namespace IncidentBot.Teams.Activities;

/// <summary>
/// The text of the HTML Teams gives for a message's body (a message action's <c>messagePayload.body</c>): line
/// breaks and block ends become new lines, other tags go (a mention keeps its name), entities are decoded, spaces
/// made one and blank lines dropped.
/// </summary>
public static partial class TeamsHtml
{
    public static string ToText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = WebUtility.HtmlDecode(Tag().Replace(LineBreak().Replace(html, "\n"), ""));
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(line => Spaces().Replace(line, " ").Trim())
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"<br\s*/?>|</(?:p|div|li|h[1-6]|tr|blockquote|pre)\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\u00A0\u2007\u202F]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
