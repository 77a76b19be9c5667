namespace IncidentBot.Teams.Activities;

/// <summary>A person or bot in an activity (<c>from</c>, <c>recipient</c>, a member added): Teams id (<c>29:…</c>, <c>28:…</c> for bots), Entra object id, name.</summary>
public sealed record TeamsAccount
{
    public string? Id { get; init; }

    public string? AadObjectId { get; init; }

    public string? Name { get; init; }
}
