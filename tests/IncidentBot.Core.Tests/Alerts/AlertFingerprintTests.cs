using IncidentBot.Core.Alerts;

namespace IncidentBot.Core.Tests.Alerts;

public sealed class AlertFingerprintTests
{
    [Fact]
    public void FromParts_BoundaryBetweenPartsMoves_ReturnsDifferentHash()
    {
        Assert.NotEqual(AlertFingerprint.FromParts(["ab", "c"]), AlertFingerprint.FromParts(["a", "bc"]));
    }

    [Fact]
    public void FromParts_SameParts_ReturnsSameSixteenHexDigits()
    {
        string hash = AlertFingerprint.FromParts(["Queue backlog", null]);

        Assert.Equal(hash, AlertFingerprint.FromParts(["Queue backlog", null]));
        Assert.Matches("^[0-9a-f]{16}$", hash);
    }

    [Fact]
    public void FromLabels_OtherOrder_ReturnsSameHash()
    {
        Dictionary<string, string> labels = new() { ["alertname"] = "Down", ["job"] = "api" };
        Dictionary<string, string> reversed = new() { ["job"] = "api", ["alertname"] = "Down" };

        Assert.Equal(AlertFingerprint.FromLabels(labels), AlertFingerprint.FromLabels(reversed));
    }
}
