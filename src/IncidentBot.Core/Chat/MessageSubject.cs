namespace IncidentBot.Core.Chat;

/// <summary>
/// What a message is about. A platform that must shorten a message (every platform has limits the core does not
/// know) links to the incident's full record instead of dropping what does not fit.
/// </summary>
public sealed record MessageSubject(int IncidentNumber);
