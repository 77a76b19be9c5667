namespace IncidentBot.Teams.Activities;

/// <summary>A reaction in a <c>messageReaction</c> activity: <c>like</c>, <c>heart</c>, <c>laugh</c>…</summary>
public sealed record TeamsReactionType
{
    public string? Type { get; init; }
}
