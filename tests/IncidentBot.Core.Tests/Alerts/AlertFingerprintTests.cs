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
    public void Bounded_ShortKey_IsKeptAsGiven()
    {
        Assert.Equal("alertmanager:{}:{alertname=\"Disk\"}", AlertFingerprint.Bounded("alertmanager:{}:{alertname=\"Disk\"}"));
    }

    [Fact]
    public void Bounded_LongKeysDifferingOnlyAtTheEnd_StayDistinctStableAndShort()
    {
        string common = new('x', 3000);

        string a = AlertFingerprint.Bounded(common + "a");
        string b = AlertFingerprint.Bounded(common + "b");

        Assert.NotEqual(a, b);
        Assert.Equal(a, AlertFingerprint.Bounded(common + "a"));
        Assert.Equal(AlertFingerprint.LongestKey, a.Length);
        Assert.StartsWith("xxxx", a, StringComparison.Ordinal);
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
