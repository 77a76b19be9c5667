namespace IncidentBot.Teams.Activities;

/// <summary>
/// An entity of an activity; the bot reads <c>mention</c>s (<see cref="Mentioned"/> and the <see cref="Text"/>
/// <c>&lt;at&gt;Name&lt;/at&gt;</c> that stands for it in the message) and ignores the others (<c>clientInfo</c>…).
/// </summary>
public sealed record TeamsEntity
{
    public string? Type { get; init; }

    public TeamsAccount? Mentioned { get; init; }

    public string? Text { get; init; }

    public bool IsMention => string.Equals(Type, "mention", StringComparison.OrdinalIgnoreCase) && Mentioned?.Id is { Length: > 0 };
}
