using IncidentBot.Core.Alerts;
using IncidentBot.Core.Changes;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Tests.Postmortems;

/// <summary>
/// The June 1st 2023 outage (shared/drills/seed-outage.yaml) as the bot would have captured it, built step by
/// step through the incident's own methods. <c>until</c> stops after a local time, to get the incident mid-way.
/// </summary>
internal static class SeedIncident
{
    public const string GeneratorUrl = "http://prometheus.example.org:9090/graph?g0.expr=http_5xx_ratio";

    public const string PinnedText = "The upgrade shipped the new third-party authentication integration, and it is not compatible with the version running on our servers. It never went through the test environment.";

    public const string RootCauseText = "The upgrade was pushed to every production server without being released to the test environment first; its third-party authentication integration was incompatible with the current server version.";

    public static DisplayZone Zone { get; } = DisplayZone.Parse("+01:00");

    public static IPeopleDirectory People { get; } = new PeopleDirectory(
    [
        new Person("ada", "Ada Mensah"),
        new Person("kofi", "Kofi Boateng"),
        new Person("foster", "Foster Adu-Gyamfi"),
    ]);

    public static DateTimeOffset At(string localTime) =>
        Zone.FromLocal(new DateTime(2023, 6, 1, 0, 0, 0, DateTimeKind.Unspecified) + TimeSpan.Parse(localTime, System.Globalization.CultureInfo.InvariantCulture));

    public static string Link(int message) => $"https://chat.example/m/{message}";

    public static PostmortemInput Input(string until = "23:59", bool recordRootCause = true)
    {
        var stop = At(until);
        var change = new ChangeEvent
        {
            Id = "deploy-2023.06.1", Service = "api", Version = "2023.06.1", Previous = "2023.05.4", By = "kofi",
            Description = "Upgrades implementation begins on all production servers", At = At("09:45"),
        };
        var incident = Incident.Open("api returns HTTP 500 on 100% of requests", Severity.Sev1, "api", At("10:00"), At("10:00"), declaredBy: null);
        incident.State.Number = 1;
        var transcript = new List<TranscriptMessage>();
        var rollback = new Rollback { Id = "rb-1", IncidentNumber = 1, Service = "api", FromVersion = "2023.06.1", ToVersion = "2023.05.4" };
        var rollbacks = new List<Rollback>();
        const string rollbackText = "Rollback of api from 2023.06.1 to 2023.05.4";

        bool Due(string time) => At(time) <= stop;
        void Linked(int message)
        {
            incident.LastRecorded!.Link = Link(message);
            incident.LastRecorded.MessageId = message.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        incident.ApplyAlert(Alert(AlertStatus.Firing, endsAt: null), At("10:00"));
        incident.RecordChange(change.Id, change.Describe(), change.At, change.By);
        incident.AttachChannel("C100", "inc-1-api-returns-http-500-on-100-of-requests", At("10:00"));
        incident.RecordPaged(1, ["ada"], "Paged Ada Mensah (level 1)", At("10:00"), by: null, escalation: false);
        if (Due("10:10"))
        {
            incident.Acknowledge("ada", At("10:10"));
            Linked(10);
        }

        if (Due("10:12"))
        {
            transcript.Add(Said(12, "ada", "Ada Mensah", "10:12", "Every request to api returns HTTP 500 since the 09:45 upgrade. Looking at the release."));
        }

        if (Due("10:14"))
        {
            transcript.Add(Said(14, "kofi", "Kofi Boateng", "10:14", PinnedText));
            incident.Record(TimelineKind.MessagePinned, PinnedText, At("10:14"), "kofi", Link(14), "14");
        }

        if (Due("10:15"))
        {
            (rollback.Status, rollback.RequestedBy, rollback.RequestedAt) = (RollbackStatus.Started, "ada", At("10:15"));
            (rollback.DecidedBy, rollback.DecidedAt) = ("ada", At("10:15"));
            rollbacks.Add(rollback);
            incident.Record(TimelineKind.RollbackRequested, $"{rollbackText} requested", At("10:15"), "ada");
            Linked(15);
            incident.Record(TimelineKind.RollbackStarted, $"{rollbackText} started", At("10:15"), "ada");
            Linked(16);
        }

        if (Due("10:20"))
        {
            (rollback.Status, rollback.FinishedAt) = (RollbackStatus.Succeeded, At("10:20"));
            incident.Record(TimelineKind.RollbackSucceeded, $"{rollbackText} succeeded", At("10:20"));
            Linked(20);
            incident.Record(TimelineKind.Note, "Server restart initiated", At("10:20"), "ada");
            Linked(21);
        }

        if (Due("10:21") && recordRootCause)
        {
            incident.Record(TimelineKind.RootCause, RootCauseText, At("10:21"), "kofi");
            Linked(22);
        }

        if (Due("10:22"))
        {
            incident.ApplyAlert(Alert(AlertStatus.Resolved, At("10:22")), At("10:22"));
            Linked(23);
            incident.Resolve("ada", At("10:22"), "100% of traffic back online");
            Linked(24);
            incident.Record(TimelineKind.PostmortemDrafted, "Postmortem draft 1 posted", At("10:22"));
        }

        if (Due("10:40"))
        {
            incident.Record(TimelineKind.FollowUp, "Push every change to the test environment before it ships to production", At("10:40"), "foster");
            Linked(40);
        }

        if (Due("10:41"))
        {
            incident.Record(TimelineKind.FollowUp, "Lower the performance-metric thresholds so on-call is alerted before a possible server crash", At("10:41"), "foster");
            Linked(41);
        }

        return new PostmortemInput(incident, transcript, rollbacks, [change], People, Zone);
    }

    private static NormalizedAlert Alert(AlertStatus status, DateTimeOffset? endsAt) => new(
        "alertmanager", "5f1c2a9e0b7d4c31", "{}:{alertname=\"HighErrorRate\", service=\"api\"}", status,
        "api returns HTTP 500 on 100% of requests",
        status == AlertStatus.Firing ? "All production servers answer HTTP 500; clients cannot use the service." : null,
        "api", Severity.Sev1, At("10:00"), endsAt, GeneratorUrl,
        new Dictionary<string, string> { ["alertname"] = "HighErrorRate", ["service"] = "api", ["severity"] = "critical" });

    /// <summary>The input with these messages added to its conversation.</summary>
    public static PostmortemInput WithMessages(PostmortemInput input, params TranscriptMessage[] messages) =>
        input with { Transcript = [.. input.Transcript, .. messages] };

    /// <summary>A message of the seed's channel, linked as <see cref="Link"/>.</summary>
    public static TranscriptMessage Said(int message, string authorId, string authorName, string localTime, string text) => new()
    {
        Id = TranscriptMessage.IdOf("C100", message.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        IncidentNumber = 1, ChannelId = "C100", MessageId = message.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AuthorId = authorId, AuthorName = authorName, Text = text, At = At(localTime), Permalink = Link(message),
    };
}
