using System.Text;

namespace IncidentBot.Slack.Outbound;

/// <summary>
/// Makes the bot's text safe for Slack's mrkdwn (https://api.slack.com/reference/surfaces/formatting#escaping):
/// <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> are escaped, so alert and user text can never form <c>&lt;!channel&gt;</c>,
/// <c>&lt;@U…&gt;</c> mentions or links; a bare <c>@channel</c>, <c>@here</c> or <c>@everyone</c> gets a word joiner
/// so no client turns it into a broadcast. The core's own <c>*bold*</c> and <c>`code`</c> stay as they are.
/// </summary>
public static class SlackMrkdwn
{
    private const char WordJoiner = '\u2060';

    /// <summary><c>&amp;amp;</c>, the longest escape <see cref="Escape"/> writes.</summary>
    private const int LongestEscape = 5;
    private static readonly string[] Broadcasts = ["channel", "here", "everyone"];

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '@' when IsBroadcast(text, i + 1): escaped.Append('@').Append(WordJoiner); break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Plain text (for <c>plain_text</c> objects and notification fallbacks): only broadcasts are defused.</summary>
    public static string Plain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            plain.Append(text[i]);
            if (text[i] == '@' && IsBroadcast(text, i + 1))
            {
                plain.Append(WordJoiner);
            }
        }

        return plain.ToString();
    }

    /// <summary>
    /// Cuts text (plain, or mrkdwn already escaped) to at most <paramref name="max"/> characters, ending with an
    /// ellipsis when cut, never inside an escape or a character.
    /// </summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, SafeEnd(text, max - 1)), "…");
    }

    /// <summary>
    /// The end (at most <paramref name="end"/>) where text can be cut without splitting an escape
    /// (<c>&amp;amp;</c>) or a surrogate pair, so neither half is shown as garbage.
    /// </summary>
    public static int SafeEnd(string text, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (end >= text.Length)
        {
            return text.Length;
        }

        var entity = end == 0 ? -1 : text.LastIndexOf('&', end - 1, Math.Min(LongestEscape, end));
        if (entity >= 0 && text.IndexOf(';', entity, end - entity) < 0)
        {
            end = entity;
        }

        return end > 0 && char.IsHighSurrogate(text[end - 1]) ? end - 1 : end;
    }

    private static bool IsBroadcast(string text, int start) =>
        Broadcasts.Any(word => string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (start + word.Length == text.Length || !char.IsLetterOrDigit(text[start + word.Length])));
}
