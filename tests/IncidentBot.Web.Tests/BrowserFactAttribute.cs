namespace IncidentBot.Web.Tests;

/// <summary>
/// A fact that needs Chromium (<see cref="Chromium"/>). xunit 2 has no skip decided while a test runs, so this one
/// decides when the test is discovered: without Chromium it is reported skipped, with the reason; with
/// <see cref="Chromium.RequireVariable"/>=1 (as <c>.ci/run</c> sets) it is never skipped, and the test fails saying what is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.Required && Chromium.Missing is { } missing)
        {
            Skip = $"Skipped: {missing}. Set {Chromium.RequireVariable}=1 to fail instead.";
        }
    }
}
