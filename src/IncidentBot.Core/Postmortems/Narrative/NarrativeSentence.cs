using IncidentBot.Core.Chat;

namespace IncidentBot.Core.Postmortems.Narrative;

/// <summary>One checked sentence (plain text, not yet escaped) and the messages it cites, which the report links to.</summary>
public sealed record NarrativeSentence(string Text, IReadOnlyList<TranscriptMessage> Sources);
