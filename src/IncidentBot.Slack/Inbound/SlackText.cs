using System.Text.RegularExpressions;

namespace IncidentBot.Slack.Inbound;

/// <summary>
/// Reads the text Slack sends (https://docs.slack.dev/messaging/formatting-message-text#escaping): Slack
/// escapes <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> in what people type and writes mentions as
/// <c>&lt;@U123&gt;</c> or <c>&lt;@U123|name&gt;</c>. The core takes plain text with mentions left as they are.
/// </summary>
public static partial class SlackText
{
    /// <summary>Turns <c>&amp;amp;</c>, <c>&amp;lt;</c> and <c>&amp;gt;</c> back into the characters typed; nothing else changes.</summary>
    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Entity().Replace(text, match => match.Groups["name"].Value switch
        {
            "amp" => "&",
            "lt" => "<",
            _ => ">",
        });
    }

    /// <summary>
    /// What follows a leading mention of <paramref name="userId"/> (<c>&lt;@U1&gt; ack</c> → <c>ack</c>), or null
    /// when the text does not start by mentioning that user.
    /// </summary>
    public static string? AfterMentionOf(string text, string userId)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = LeadingMention().Match(text);
        return match.Success && match.Groups["id"].Value == userId ? text[match.Length..].Trim() : null;
    }

    [GeneratedRegex("&(?<name>amp|lt|gt);", RegexOptions.CultureInvariant)]
    private static partial Regex Entity();

    [GeneratedRegex(@"^\s*<@(?<id>[A-Z0-9]+)(?:\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMention();
}
