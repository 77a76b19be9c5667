namespace IncidentBot.Core.Postmortems.Conversation;

/// <summary>
/// One statement of the conversation the postmortem can rest on, with where it was said: the sentence as written (quotes
/// of others left out), its message, author and time, and the link back to the message when the platform gave one.
/// </summary>
public sealed record Finding(
    FindingKind Kind,
    string Statement,
    string MessageId,
    string? AuthorId,
    string AuthorName,
    DateTimeOffset At,
    string? Permalink);
