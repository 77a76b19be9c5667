using System.Globalization;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Tests.Incidents;

/// <summary>Times on one UTC day and alerts of one group, for building incidents step by step.</summary>
internal static class Moments
{
    public static DateTimeOffset At(string utcTime) =>
        new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero) + TimeSpan.Parse(utcTime, CultureInfo.InvariantCulture);

    /// <summary>An incident the alert <c>5xx</c> opened, firing since 10:00, received 10:02.</summary>
    public static Incident OpenedBy5xx()
    {
        var incident = Incident.Open("5xx is failing", Severity.Sev2, "checkout", At("10:00"), At("10:02"), declaredBy: null);
        incident.ApplyAlert(Firing("5xx", "10:00"), At("10:02"));
        return incident;
    }

    public static NormalizedAlert Firing(string fingerprint, string startsAt) =>
        Alert(fingerprint, AlertStatus.Firing, At(startsAt), endsAt: null);

    public static NormalizedAlert Resolved(string fingerprint, string startsAt, string endsAt) =>
        Alert(fingerprint, AlertStatus.Resolved, At(startsAt), At(endsAt));

    public static NormalizedAlert Unknown(string fingerprint, string at) =>
        Alert(fingerprint, AlertStatus.Unknown, At(at), endsAt: null);

    private static NormalizedAlert Alert(string fingerprint, AlertStatus status, DateTimeOffset startsAt, DateTimeOffset? endsAt) => new(
        Source: "generic", Fingerprint: fingerprint, GroupKey: "generic:checkout", Status: status, Title: $"{fingerprint} is failing",
        Description: null, Service: "checkout", Severity: null, StartsAt: startsAt, EndsAt: endsAt, Link: null,
        Labels: new Dictionary<string, string>());
}
