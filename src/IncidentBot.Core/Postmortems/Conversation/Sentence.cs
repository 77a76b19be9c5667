namespace IncidentBot.Core.Postmortems.Conversation;

/// <summary>A sentence of a message, as written, and whether it asks something.</summary>
internal readonly record struct Sentence(string Text, bool IsQuestion);
