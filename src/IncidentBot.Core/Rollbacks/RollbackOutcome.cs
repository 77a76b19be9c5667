namespace IncidentBot.Core.Rollbacks;

/// <summary>What the deploy system answered.</summary>
public sealed record RollbackOutcome(RollbackResult Result, string? Message)
{
    public static RollbackOutcome Pending { get; } = new(RollbackResult.Pending, null);

    public static RollbackOutcome Succeeded(string? message = null) => new(RollbackResult.Succeeded, message);

    public static RollbackOutcome Failed(string? message) => new(RollbackResult.Failed, message);
}
