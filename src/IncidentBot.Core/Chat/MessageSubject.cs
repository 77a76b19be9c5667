namespace IncidentBot.Core.Chat;

/// <summary>
/// What a message is about. A platform that must shorten a message (every platform has limits the core does not
/// know) links to the incident's full record instead of dropping what does not fit; a message the platform refuses
/// for good is reported on the incident's timeline (<see cref="Workflow.RefusedMessages"/>), a page as a page that
/// did not reach <see cref="PagedPerson"/>.
/// </summary>
/// <param name="IncidentNumber">The incident.</param>
/// <param name="PagedPerson">For a page: the person's id.</param>
/// <param name="PagedLevel">For a page: the escalation level it is for; 0 for a page by hand.</param>
public sealed record MessageSubject(int IncidentNumber, string? PagedPerson = null, int PagedLevel = 0);
