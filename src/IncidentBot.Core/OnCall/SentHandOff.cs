using System.Globalization;

namespace IncidentBot.Core.OnCall;

/// <summary>
/// A hand-off message that was sent: one per schedule, hand-off instant, kind and person, so a job that runs twice (a
/// restart, a plan made again) sends it once. The person is part of the key: when an override changes who comes on
/// call after the first person was told, the new one is told too.
/// </summary>
public sealed record SentHandOff(string Schedule, DateTimeOffset At, HandOffKind Kind, string PersonId, DateTimeOffset SentAt)
{
    public string Key => KeyOf(Schedule, At, Kind, PersonId);

    public static string KeyOf(string schedule, DateTimeOffset at, HandOffKind kind, string personId) =>
        string.Create(CultureInfo.InvariantCulture, $"{schedule.ToLowerInvariant()}|{at.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}|{kind.ToString().ToLowerInvariant()}|{personId}");
}
