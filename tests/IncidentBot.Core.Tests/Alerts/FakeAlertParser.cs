using IncidentBot.Core.Alerts;

namespace IncidentBot.Core.Tests.Alerts;

/// <summary>A parser with a chosen source name that accepts every body as no alerts.</summary>
internal sealed class FakeAlertParser(string source) : IAlertParser
{
    public string Source => source;

    public AlertParseResult Parse(ReadOnlySpan<byte> body) => AlertParseResult.Success([]);
}
