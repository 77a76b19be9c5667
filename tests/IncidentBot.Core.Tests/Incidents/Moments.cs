using System.Globalization;
using IncidentBot.Core.Alerts;

namespace IncidentBot.Core.Tests.Incidents;

/// <summary>Times on one UTC day and alerts of one group, for building incidents step by step.</summary>
internal static class Moments
{
    public static DateTimeOffset At(string utcTime) =>
        new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero) + TimeSpan.Parse(utcTime, CultureInfo.InvariantCulture);

    public static NormalizedAlert Firing(string fingerprint, string startsAt) =>
        Alert(fingerprint, AlertStatus.Firing, At(startsAt), endsAt: null);

    public static NormalizedAlert Resolved(string fingerprint, string startsAt, string endsAt) =>
        Alert(fingerprint, AlertStatus.Resolved, At(startsAt), At(endsAt));

    private static NormalizedAlert Alert(string fingerprint, AlertStatus status, DateTimeOffset startsAt, DateTimeOffset? endsAt) => new(
        Source: "generic", Fingerprint: fingerprint, GroupKey: "generic:checkout", Status: status, Title: $"{fingerprint} is failing",
        Description: null, Service: "checkout", Severity: null, StartsAt: startsAt, EndsAt: endsAt, Link: null,
        Labels: new Dictionary<string, string>());
}
