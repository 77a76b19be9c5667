namespace IncidentBot.Core.Postmortems.Narrative;

/// <summary>One line of the answer: the sentence and its citation ids; an empty sentence when the line was malformed.</summary>
internal sealed record AnswerLine(string Sentence, IReadOnlyList<string> Citations)
{
    public bool Malformed => Sentence.Length == 0;
}
