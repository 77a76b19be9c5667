using System.Text;
using System.Text.RegularExpressions;

namespace IncidentBot.Teams.Cards;

/// <summary>
/// Makes the bot's text safe for the Markdown subset Teams renders in an Adaptive Card's <c>TextBlock</c>
/// (bold, italic, lists, links: https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format).
/// <c>\</c>, <c>*</c>, <c>_</c>, <c>[</c> and <c>]</c> get a backslash (CommonMark escapes, which Teams honours on
/// desktop, web and mobile: microsoft/AdaptiveCards#5758, microsoft/Teams-AdaptiveCards-Mobile#83), and so do list
/// markers at the start of a line (<c>- </c>, <c>+ </c>, <c>1. </c>, <c>1) </c>); every <c>&lt;</c> gets a word joiner after it, so
/// alert and user text can never form an <c>&lt;at&gt;</c> mention (Teams resolves <c>&lt;at&gt;Name&lt;/at&gt;</c>
/// against the card's mention entities) nor an HTML tag. The core's own <c>*bold*</c> becomes <c>**bold**</c>.
/// </summary>
public static partial class TeamsMarkdown
{
    /// <summary>Invisible; keeps <c>&lt;</c> from starting a tag.</summary>
    public const char WordJoiner = '\u2060';

    /// <summary>Text to show as it is: nothing in it is markup.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 16);
        AppendEscaped(escaped, text);
        return escaped.ToString();
    }

    /// <summary>
    /// The core's text (plain, with <c>*bold*</c> only) as Teams Markdown: a <c>*…*</c> pair around words on one line
    /// becomes bold; an http(s) address becomes a link to itself, its address untouched (escaped, an <c>_</c> in it would
    /// reach the browser as <c>\_</c>); everything else, inside and outside it, is escaped.
    /// </summary>
    public static string FromCore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var markdown = new StringBuilder(text.Length + 16);
        var start = 0;
        while (NextBold(text, start) is var (open, close) && open >= 0)
        {
            AppendLinked(markdown, text, start, open);
            markdown.Append("**");
            AppendLinked(markdown, text, open + 1, close);
            markdown.Append("**");
            start = close + 1;
        }

        AppendLinked(markdown, text, start, text.Length);
        return markdown.ToString();
    }

    /// <summary>The core's text as plain text (a notification's summary): bold markers dropped, tags defused.</summary>
    public static string Plain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = new StringBuilder(text.Length + 4);
        var start = 0;
        while (NextBold(text, start) is var (open, close) && open >= 0)
        {
            AppendDefused(plain, text, start, open);
            AppendDefused(plain, text, open + 1, close);
            start = close + 1;
        }

        AppendDefused(plain, text, start, text.Length);
        return plain.ToString();
    }

    /// <summary>Cuts plain text to at most <paramref name="max"/> characters, ending with an ellipsis when cut, never inside a character.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, SafeEnd(text, max - 1)), "…");
    }

    /// <summary>The end (at most <paramref name="end"/>) where text can be cut without splitting a surrogate pair.</summary>
    public static int SafeEnd(string text, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (end >= text.Length)
        {
            return text.Length;
        }

        return end > 0 && char.IsHighSurrogate(text[end - 1]) ? end - 1 : end;
    }

    /// <summary>
    /// The next <c>*bold*</c> at or after <paramref name="start"/>: an opening <c>*</c> not after a letter, digit or
    /// <c>*</c> and before a non-space, and its closing <c>*</c> on the same line after a non-space and not before a
    /// letter, digit or <c>*</c> (so <c>**x**</c>, <c>2 * 3</c> and <c>a*b*c</c> stay as typed); (-1, -1) when there is none.
    /// </summary>
    private static (int Open, int Close) NextBold(string text, int start)
    {
        for (var open = text.IndexOf('*', start); open >= 0 && open + 2 < text.Length; open = text.IndexOf('*', open + 1))
        {
            if ((open > 0 && (char.IsLetterOrDigit(text[open - 1]) || text[open - 1] == '*')) || char.IsWhiteSpace(text[open + 1]) || text[open + 1] == '*')
            {
                continue;
            }

            var close = text.IndexOf('*', open + 2);
            var line = text.IndexOf('\n', open);
            if (close > 0 && (line < 0 || close < line) && !char.IsWhiteSpace(text[close - 1])
                && (close + 1 == text.Length || !(char.IsLetterOrDigit(text[close + 1]) || text[close + 1] == '*')))
            {
                return (open, close);
            }
        }

        return (-1, -1);
    }

    private static void AppendEscaped(StringBuilder escaped, string text) => AppendEscaped(escaped, text, 0, text.Length);

    /// <summary>Escapes text, making each http(s) address in it a link: <c>[address](address)</c>, the shown one escaped.</summary>
    private static void AppendLinked(StringBuilder markdown, string text, int start, int end)
    {
        var written = start;
        foreach (Match address in Address().Matches(text[start..end]))
        {
            var url = address.Value.TrimEnd('.', ',', ';', ':', '!', '?');
            var at = start + address.Index;
            AppendEscaped(markdown, text, written, at);
            markdown.Append('[');
            AppendEscaped(markdown, url);
            markdown.Append("](").Append(url).Append(')');
            written = at + url.Length;
        }

        AppendEscaped(markdown, text, written, end);
    }

    [GeneratedRegex(@"\bhttps?://[^\s<>\[\]()""'`*]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    private static void AppendEscaped(StringBuilder escaped, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or '*' or '_' or '[' or ']':
                    escaped.Append('\\').Append(c);
                    break;
                case '<':
                    escaped.Append('<').Append(WordJoiner);
                    break;
                case '-' or '+' when AtLineStart(text, i) && i + 1 < text.Length && text[i + 1] == ' ':
                    escaped.Append('\\').Append(c);
                    break;
                case '.' or ')' when EndsLeadingNumber(text, i) && (i + 1 == text.Length || text[i + 1] is ' ' or '\t'):
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }
    }

    private static void AppendDefused(StringBuilder plain, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            plain.Append(text[i]);
            if (text[i] == '<')
            {
                plain.Append(WordJoiner);
            }
        }
    }

    /// <summary>Whether only spaces stand between the line's start and <paramref name="index"/>.</summary>
    private static bool AtLineStart(string text, int index)
    {
        for (var i = index - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the character at <paramref name="index"/> ends a number that starts its line (<c>1.</c>, an ordered list).</summary>
    private static bool EndsLeadingNumber(string text, int index)
    {
        var digits = index;
        while (digits > 0 && char.IsAsciiDigit(text[digits - 1]))
        {
            digits--;
        }

        return digits < index && AtLineStart(text, digits);
    }
}
