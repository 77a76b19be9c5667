using System.Text.RegularExpressions;

namespace IncidentBot.Web.Playground;

/// <summary>
/// A message's text in spans, the bold ones marked: the bot writes <c>*bold*</c> as Slack's mrkdwn does, and a chat app
/// shows it bold rather than with its asterisks. Only the marking is read; every span is still written encoded.
/// </summary>
public static partial class PlaygroundText
{
    public static IReadOnlyList<(string Text, bool Bold)> Spans(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(string, bool)>();
        var at = 0;
        foreach (Match bold in Bold().Matches(text))
        {
            if (bold.Index > at)
            {
                spans.Add((text[at..bold.Index], false));
            }

            spans.Add((bold.Groups["text"].Value, true));
            at = bold.Index + bold.Length;
        }

        if (at < text.Length)
        {
            spans.Add((text[at..], false));
        }

        return spans;
    }

    /// <summary>Asterisks around text on one line, as mrkdwn has them: not inside a word, not around spaces alone.</summary>
    [GeneratedRegex(@"(?<![\w*])\*(?<text>[^*\n\s](?:[^*\n]*[^*\n\s])?)\*(?![\w*])", RegexOptions.CultureInvariant)]
    private static partial Regex Bold();
}
