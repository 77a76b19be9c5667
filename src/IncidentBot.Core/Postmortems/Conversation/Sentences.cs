using System.Text.RegularExpressions;

namespace IncidentBot.Core.Postmortems.Conversation;

/// <summary>
/// Splits a message into its sentences, leaving out what the author quotes rather than says: quoted lines
/// (<c>&gt; …</c>), text in quotation marks, and code. A sentence ends at <c>.</c>, <c>!</c> or <c>?</c> followed by a
/// space, or at a line break; a full stop inside a number or a name (<c>99.9%</c>, <c>v2.3</c>, <c>api.example.com</c>)
/// does not end one. A sentence asks when it ends in <c>?</c> or, as often typed in chat without one, opens as a
/// question does ("did the failover drop orders", "how many orders were lost").
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
                    yield return new(value, value.EndsWith('?') || Asks().IsMatch(value));
                }
            }
        }
    }

    /// <summary>
    /// Text in straight or curly double quotes, in backticks, or in single quotes that open and close outside a word (so
    /// the apostrophes of "it's" and "customers' orders" quote nothing, and one inside a quote does not end it).
    /// </summary>
    [GeneratedRegex("\"[^\"]*\"|“[^”]*”|‘[^’]*’|`[^`]*`|(?<!\\w)'(?=\\w)(?:[^'\\n]|'(?=\\w))*(?<=[\\w.!?])'(?!\\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[^.!?]*(?:[.!?](?!\s|$)[^.!?]*)*(?:[.!?]+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();

    /// <summary>A verb before its subject ("did the …", "is it …") or a question word before a verb ("how many …", "why did …") that
    /// is no label ("what was lost: 640 orders").</summary>
    [GeneratedRegex(@"^(?:(?:is|are|was|were|do|does|did|could|can|should|would|will|has|have|had) (?:it|this|that|we|they|you|he|she|anyone|anybody|someone|somebody|there|the)\b|(?![^:]*:)(?:how|why|who|what|when|where) (?:is|are|was|were|do|does|did|could|can|should|would|will|has|have|had|many|much|long|often)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asks();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
