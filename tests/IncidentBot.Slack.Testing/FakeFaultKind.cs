namespace IncidentBot.Slack.Testing;

/// <summary>The kinds of <see cref="FakeFault"/>.</summary>
public enum FakeFaultKind
{
    RateLimited,
    ServerError,
    Body,
    Delay,
    Disconnect,
    AppliedThenLate,
}
