using System.Text;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// Puts untrusted text (chat messages, alert titles, names) into Markdown so it reads as written and can
/// never inject markup, links or table columns of its own. Every Markdown file the bot writes (postmortems, drill
/// transcripts) escapes through here.
/// </summary>
public static class MarkdownText
{
    private const string Specials = "\\`*_[]<>";

    /// <summary>Backslash-escapes the characters that would otherwise start emphasis, code, links or HTML.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Specials.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>Escaped text on one line, for paragraphs and bullets.</summary>
    public static string Inline(string text) => Escape(OneLine(text));

    public static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>
    /// <paramref name="markdown"/> as a link to <paramref name="url"/>; left unlinked when the address is not an
    /// absolute http(s) URL or a relative one without any scheme (a drill's <c>transcript-1.md#m12</c>), so a
    /// payload cannot smuggle in <c>javascript:</c> or similar.
    /// </summary>
    public static string Link(string markdown, string? url)
    {
        if (url is null || !IsSafeAddress(url.Trim()))
        {
            return markdown;
        }

        return $"[{markdown}]({Destination(url.Trim())})";
    }

    private static bool IsSafeAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp
            : url.Length > 0 && !url.Contains(':', StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>A table cell: pipes escaped and line breaks kept as <c>&lt;br&gt;</c>, so the row stays one row.</summary>
    public static string Cell(string markdown) =>
        markdown.Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r\n", "<br>", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace("\n", "<br>", StringComparison.Ordinal);

    private static string Destination(string url)
    {
        var encoded = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (c is ' ' or '(' or ')' or '<' or '>' || char.IsControl(c))
            {
                encoded.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                encoded.Append(c);
            }
        }

        return encoded.ToString();
    }
}
