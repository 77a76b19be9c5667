using IncidentBot.Core.People;

namespace IncidentBot.Teams.Outbound;

/// <summary>People on Teams: a person's Teams id is their <c>ChatIds:teams</c>, their Microsoft Entra object id (or <c>29:…</c> id).</summary>
public static class TeamsPeople
{
    /// <summary>The person's Teams id; null when none is configured.</summary>
    public static string? IdOf(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.ChatIds is not null && person.ChatIds.TryGetValue(TeamsOutboxKinds.Platform, out var id) && !string.IsNullOrWhiteSpace(id) ? id : null;
    }
}
