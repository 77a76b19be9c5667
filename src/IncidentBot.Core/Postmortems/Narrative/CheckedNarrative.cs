namespace IncidentBot.Core.Postmortems.Narrative;

/// <summary>The sentences a narrator wrote that passed every check, in the order it wrote them.</summary>
public sealed record CheckedNarrative(IReadOnlyList<NarrativeSentence> Sentences);
