namespace IncidentBot.Core.Alerts;

/// <summary>The alerts of one webhook delivery, or why the body was rejected.</summary>
public sealed record AlertParseResult
{
    private AlertParseResult(IReadOnlyList<NormalizedAlert> alerts, string? error)
    {
        Alerts = alerts;
        Error = error;
    }

    public IReadOnlyList<NormalizedAlert> Alerts { get; }

    /// <summary>Why the body was rejected; <c>null</c> when it parsed.</summary>
    public string? Error { get; }

    public bool IsSuccess => Error is null;

    public static AlertParseResult Success(IReadOnlyList<NormalizedAlert> alerts) => new(alerts, null);

    public static AlertParseResult Failure(string error) => new([], error);
}
