using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Postmortems.Narrative;

/// <summary>
/// The recorded facts as plain lines: state, timeline, alerts, rollbacks and changes. The model is given
/// exactly these lines, and a sentence may use a time, number or name found in them without citing a message.
/// </summary>
internal static class NarrativeFacts
{
    public static IReadOnlyList<string> Lines(PostmortemInput input)
    {
        var state = input.Incident.State;
        var zone = input.Zone;
        string At(DateTimeOffset at) => $"{zone.FormatTime(at)} on {zone.FormatDate(at)}";
        var lines = new List<string>
        {
            $"Incident {input.Incident.Key}: {state.Title}",
            $"Severity {state.Severity.ToWireName()}; service {state.Service ?? "unknown"}; times are {zone.Label}",
            $"Impact began at {At(state.StartedAt)}",
        };
        if (state.AcknowledgedAt is { } acknowledged)
        {
            lines.Add($"Acknowledged at {At(acknowledged)} by {input.People.NameOf(state.AcknowledgedBy)}");
        }

        if (state.Lead is not null)
        {
            lines.Add($"Incident lead: {input.People.NameOf(state.Lead)}");
        }

        if ((state.MitigatedAt ?? state.ResolvedAt) is { } end)
        {
            lines.Add($"Impact ended at {At(end)}, after {Durations.Format(end - state.StartedAt)}");
        }

        if (state.ResolvedAt is { } resolved)
        {
            lines.Add($"Resolved at {At(resolved)}");
        }

        lines.AddRange(state.Alerts.OrderBy(a => a.StartsAt).Select(a =>
            $"Alert from {zone.FormatTime(a.StartsAt)}: {a.Title}{(a.Description is null ? "" : $" ({a.Description})")}"));
        lines.AddRange(input.SuspectChanges.OrderBy(c => c.At).Select(c =>
            $"Change at {zone.FormatTime(c.At)}{(c.By is null ? "" : $" by {input.People.NameOf(c.By)}")}: {c.Describe()}"));
        lines.AddRange(input.Rollbacks.OrderBy(r => r.RequestedAt).Select(r =>
            $"Rollback {r.Describe()}: {r.Status}{(r.FinishedAt is { } f ? $" at {zone.FormatTime(f)}" : "")}"));
        lines.AddRange(DraftFacts.TimelineOf(input.Incident).Select(e => Entry(e, input.People, zone)));
        return lines.Select(MarkdownText.OneLine).ToList();
    }

    private static string Entry(TimelineEntry entry, IPeopleDirectory people, DisplayZone zone)
    {
        var by = entry.By is null ? "" : $" by {people.NameOf(entry.By)}";
        var confirmed = entry.ConfirmedBy is null ? "" : $", confirmed by {people.NameOf(entry.ConfirmedBy)}";
        return $"Timeline {zone.FormatTime(entry.At)} {entry.Kind}{by}{confirmed}: {entry.Text}";
    }
}
