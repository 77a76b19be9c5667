namespace IncidentBot.Drills;

/// <summary>The drill's simulated clock: time moves only when the runner moves it, never backwards.</summary>
public sealed class DrillClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void MoveTo(DateTimeOffset at)
    {
        if (at > _now)
        {
            _now = at;
        }
    }
}
