namespace IncidentBot.Playground.Tests;

/// <summary>
/// A fact that needs Node.js, the Agents Playground and Chromium (<see cref="PlaygroundTools"/>). xunit 2 has no skip
/// decided while a test runs, so this one decides when the test is discovered: without the tools it is reported
/// skipped, with the reason; with <see cref="PlaygroundTools.RequireVariable"/>=1 (as in CI) it is never skipped,
/// and the test fails saying what is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PlaygroundFactAttribute : FactAttribute
{
    public PlaygroundFactAttribute()
    {
        if (!PlaygroundTools.Required && PlaygroundTools.Find().Missing is { } missing)
        {
            Skip = $"Skipped: {missing}. Set {PlaygroundTools.RequireVariable}=1 to fail instead.";
        }
    }
}
