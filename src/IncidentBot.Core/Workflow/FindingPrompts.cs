using System.Globalization;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Postmortems.Conversation;

namespace IncidentBot.Core.Workflow;

/// <summary>
/// The messages that ask the channel about a finding ("Root cause? From Irene Adler at 08:27: …" with Confirm and
/// Not the root cause) and what they say once it is decided.
/// </summary>
public sealed class FindingPrompts(IncidentSettings settings, IPeopleDirectory people)
{
    public const string ConfirmActionId = "finding.confirm";

    public const string RejectActionId = "finding.reject";

    /// <summary>Longer statements are cut here in the prompt (the whole one goes on the timeline).</summary>
    private const int ShownLength = 500;

    public ChatMessage Ask(Incident incident, FindingReview finding)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(finding);
        var value = ButtonValue(incident.Number, finding.Id);
        return new ChatMessage(
            $"*{finding.Kind.Label()}?* {Said(finding)}\nConfirm it for the postmortem, or {(finding.Kind == FindingKind.RootCause ? "say it is not the root cause" : "drop it")}.",
            [new ChatButton(ConfirmActionId, "Confirm", value, ButtonStyle.Primary), new ChatButton(RejectActionId, RejectLabel(finding.Kind), value)]);
    }

    public ChatMessage Decided(FindingReview finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var when = finding.DecidedAt is { } at ? $" at {settings.Zone.FormatTime(at)}" : "";
        var decision = finding.Status == FindingStatus.Confirmed
            ? $"confirmed by {people.NameOf(finding.DecidedBy)}{when}"
            : $"{(finding.Kind == FindingKind.RootCause ? "not the root cause" : "dropped")}, said {people.NameOf(finding.DecidedBy)}{when}";
        return new ChatMessage($"*{finding.Kind.Label()}* {Said(finding)}\n{decision}.");
    }

    /// <summary><c>"3:2"</c>: the incident and the finding a button is about.</summary>
    public static string ButtonValue(int incidentNumber, int findingId) =>
        string.Create(CultureInfo.InvariantCulture, $"{incidentNumber}:{findingId}");

    public static bool TryReadButtonValue(string value, out string incidentNumber, out int findingId)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = value.Split(':');
        incidentNumber = parts[0];
        findingId = 0;
        return parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out findingId);
    }

    private static string RejectLabel(FindingKind kind) => kind == FindingKind.RootCause ? "Not the root cause" : "Drop";

    private string Said(FindingReview finding)
    {
        var statement = finding.Statement.Length <= ShownLength ? finding.Statement : finding.Statement[..ShownLength] + "…";
        return $"From {people.NameOf(finding.SaidBy)} at {settings.Zone.FormatTime(finding.SaidAt)}: “{statement}”";
    }
}
