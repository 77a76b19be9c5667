namespace IncidentBot.Slack.Tests.SocketMode;

/// <summary>A "random" source that always draws the same value in [0, 1), to pin jitter down.</summary>
internal sealed class StubRandom(double value) : Random
{
    public override double NextDouble() => value;
}
