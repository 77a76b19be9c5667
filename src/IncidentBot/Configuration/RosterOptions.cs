namespace IncidentBot.Configuration;

/// <summary>
/// Who the bot knows and how they are paged, bound from the configuration root:
/// <c>People</c>, <c>OnCall</c>, <c>Managers</c>, <c>RollbackApprovers</c>.
/// </summary>
public sealed class RosterOptions
{
    public List<PersonOptions> People { get; set; } = [];

    public OnCallOptions OnCall { get; set; } = new();

    /// <summary>Person ids who get drafted postmortems by direct message.</summary>
    public List<string> Managers { get; set; } = [];

    /// <summary>Person ids allowed to confirm rollbacks; empty: every configured person.</summary>
    public List<string> RollbackApprovers { get; set; } = [];
}
