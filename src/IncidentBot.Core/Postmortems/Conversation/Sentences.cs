using System.Text.RegularExpressions;

namespace IncidentBot.Core.Postmortems.Conversation;

/// <summary>
/// Splits a message into its sentences, leaving out what the author quotes rather than says: quoted lines
/// (<c>&gt; …</c>), text in quotation marks, and code. A sentence ends at <c>.</c>, <c>!</c> or <c>?</c> followed by a
/// space, or at a line break; a full stop inside a number or a name (<c>99.9%</c>, <c>v2.3</c>, <c>api.example.com</c>)
/// does not end one.
/// </summary>
internal static partial class Sentences
{
    public static IEnumerable<Sentence> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var line in text.Split('\n'))
        {
            if (line.TrimStart().StartsWith('>'))
            {
                continue;
            }

            var said = Quoted().Replace(line, " … ");
            foreach (Match sentence in Sentence().Matches(said))
            {
                var value = Spaces().Replace(sentence.Value, " ").Trim();
                if (value.Trim('.', '!', '?', '…', ' ').Length > 0)
                {
                    yield return new(value, value.EndsWith('?'));
                }
            }
        }
    }

    /// <summary>Text in straight or curly double quotes, or in backticks.</summary>
    [GeneratedRegex("\"[^\"]*\"|“[^”]*”|`[^`]*`", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[^.!?]*(?:[.!?](?!\s|$)[^.!?]*)*(?:[.!?]+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
