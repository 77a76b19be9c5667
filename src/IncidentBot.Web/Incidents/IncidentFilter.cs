using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Time;

namespace IncidentBot.Web.Incidents;

/// <summary>
/// The dashboard's filter, from its query string (<c>?status=resolved&amp;severity=sev1&amp;service=api&amp;from=2026-12-01&amp;to=2026-12-07</c>):
/// each part left empty matches everything; dates are days in the bot's time zone, both ends included, on when the
/// impact started. A value that cannot be one is named in <see cref="Problems"/> and ignored.
/// </summary>
public sealed record IncidentFilter(IncidentStatus? Status, Severity? Severity, string? Service, DateOnly? From, DateOnly? To, IReadOnlyList<string> Problems)
{
    public static IncidentFilter Read(string? status, string? severity, string? service, string? from, string? to)
    {
        var problems = new List<string>();
        IncidentStatus? statusWanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<IncidentStatus>(status.Trim(), ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(status, out _))
            {
                statusWanted = s;
            }
            else
            {
                problems.Add($"Status '{status}' is not one of {string.Join(", ", Enum.GetNames<IncidentStatus>()).ToLowerInvariant()}.");
            }
        }

        Severity? severityWanted = null;
        if (!string.IsNullOrWhiteSpace(severity))
        {
            if (SeverityNames.TryParse(severity, out var sev))
            {
                severityWanted = sev;
            }
            else
            {
                problems.Add($"Severity '{severity}' is not one of sev1, sev2, sev3, sev4.");
            }
        }

        return new IncidentFilter(
            statusWanted, severityWanted, string.IsNullOrWhiteSpace(service) ? null : service.Trim(),
            Day(from, "From", problems), Day(to, "To", problems), problems);
    }

    public bool Matches(Incident incident, DisplayZone zone)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(zone);
        var state = incident.State;
        var day = DateOnly.FromDateTime(zone.ToLocal(state.StartedAt).DateTime);
        return (Status is null || state.Status == Status)
            && (Severity is null || state.Severity == Severity)
            && (Service is null || string.Equals(state.Service, Service, StringComparison.OrdinalIgnoreCase))
            && (From is null || day >= From)
            && (To is null || day <= To);
    }

    public bool IsEmpty => Status is null && Severity is null && Service is null && From is null && To is null;

    private static DateOnly? Day(string? text, string name, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        problems.Add($"{name} '{text}' is not a date like 2026-12-07.");
        return null;
    }
}
