using IncidentBot.Core.Changes;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Postmortems.Conversation;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// The drafter's input put in a fixed order, with the few derived facts several sections need (impact
/// window, the change before it) and the one way to quote a timeline entry with its link.
/// </summary>
internal sealed class DraftFacts
{
    public DraftFacts(PostmortemInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Incident = input.Incident;
        Zone = input.Zone;
        People = input.People;
        Timeline = TimelineOf(Incident);
        Messages = input.Transcript.Where(m => !m.Deleted).OrderBy(m => m.At).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        foreach (var message in Messages.Where(m => m.Permalink is not null))
        {
            _permalinks.TryAdd(message.MessageId, message.Permalink!);
        }
        Rollbacks = input.Rollbacks.OrderBy(r => r.RequestedAt).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        Changes = input.SuspectChanges.OrderBy(c => c.At).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        Said = ConversationReader.Read(Messages);
        Alerts = State.Alerts.OrderBy(a => a.StartsAt).ThenBy(a => a.Source, StringComparer.Ordinal).ThenBy(a => a.Fingerprint, StringComparer.Ordinal).ToList();
    }

    private readonly Dictionary<string, string> _permalinks = new(StringComparer.Ordinal);

    public Incident Incident { get; }

    public IncidentState State => Incident.State;

    public DisplayZone Zone { get; }

    public IPeopleDirectory People { get; }

    /// <summary>Oldest first, without the entries about the report itself (drafted, approved).</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; }

    /// <summary>The conversation without deleted messages, oldest first.</summary>
    public IReadOnlyList<TranscriptMessage> Messages { get; }

    /// <summary>What the conversation states (<see cref="ConversationReader"/>), oldest first: quoted as said, never as fact.</summary>
    public IReadOnlyList<Finding> Said { get; }

    public IReadOnlyList<Rollback> Rollbacks { get; }

    public IReadOnlyList<ChangeEvent> Changes { get; }

    public IReadOnlyList<IncidentAlert> Alerts { get; }

    public DateTimeOffset ImpactStart => State.StartedAt;

    /// <summary>When the impact stopped: mitigation, else resolution; <c>null</c> while it goes on.</summary>
    public DateTimeOffset? ImpactEnd => State.MitigatedAt ?? State.ResolvedAt;

    /// <summary>The latest suspect change made at or before the impact began, the likeliest trigger.</summary>
    public ChangeEvent? ChangeBeforeImpact => Changes.LastOrDefault(c => c.At <= ImpactStart);

    public IEnumerable<TimelineEntry> Entries(TimelineKind kind) => Timeline.Where(e => e.Kind == kind);

    /// <summary>The findings of the conversation of these kinds, oldest first.</summary>
    public IEnumerable<Finding> SaidOf(params FindingKind[] kinds) => Said.Where(f => kinds.Contains(f.Kind));

    /// <summary>The findings the bot asked about that nobody has confirmed or rejected yet, oldest first.</summary>
    public IEnumerable<FindingReview> Unconfirmed(FindingKind kind) =>
        State.Findings.Where(f => f.Kind == kind && f.Status == FindingStatus.Proposed).OrderBy(f => f.SaidAt);

    /// <summary>A finding's sentence on one line, linked to its message.</summary>
    public static string Quote(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return MarkdownText.Link(MarkdownText.Inline(finding.Statement), finding.Permalink);
    }

    /// <summary>Who said a finding: the directory's name for the author, else the name they wrote under.</summary>
    public string SaidBy(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.AuthorId is null || People.Find(finding.AuthorId) is null && People.GuestName(finding.AuthorId) is null
            ? MarkdownText.Escape(finding.AuthorName)
            : Name(finding.AuthorId);
    }

    /// <summary>A person's display name, escaped for Markdown.</summary>
    public string Name(string? personId) => MarkdownText.Escape(People.NameOf(personId));

    /// <summary>Local <c>HH:mm</c> in the display zone.</summary>
    public string Time(DateTimeOffset at) => Zone.FormatTime(at);

    public string Date(DateTimeOffset at) => Zone.FormatDate(at);

    /// <summary><c>HH:mm</c>, with the date when it falls on another local day than <paramref name="reference"/>.</summary>
    public string TimeOn(DateTimeOffset at, DateTimeOffset reference) =>
        Date(at) == Date(reference) ? Time(at) : $"{Time(at)} on {Date(at)}";

    /// <summary><c>from 10:00 to 10:22 on 1 June 2023</c>, naming both dates when they differ.</summary>
    public string Span(DateTimeOffset from, DateTimeOffset to) => Date(from) == Date(to)
        ? $"from {Time(from)} to {Time(to)} on {Date(from)}"
        : $"from {Time(from)} on {Date(from)} to {Time(to)} on {Date(to)}";

    /// <summary>The message an entry came from: its own link, else the permalink of its transcript message.</summary>
    public string? LinkOf(TimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Link ?? (entry.MessageId is null ? null : _permalinks.GetValueOrDefault(entry.MessageId));
    }

    /// <summary>The timeline a draft tells, oldest first: without the entries about the report itself (drafted, approved).</summary>
    public static List<TimelineEntry> TimelineOf(Incident incident) =>
        incident.Timeline.Where(e => e.Kind is not (TimelineKind.PostmortemDrafted or TimelineKind.PostmortemApproved)).OrderBy(e => e.At).ToList();

    /// <summary>The entry's text on one line, linked to its message.</summary>
    public string Quote(TimelineEntry entry) => MarkdownText.Link(MarkdownText.Inline(entry.Text), LinkOf(entry));

    /// <summary><c>Irene Adler, 08:27</c>, and <c>, confirmed by Kofi Boateng</c> for what was said and confirmed in the channel.</summary>
    public string Attribution(TimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var confirmed = entry.ConfirmedBy is null ? "" : $", confirmed by {Name(entry.ConfirmedBy)}";
        return $"{Name(entry.By)}, {Time(entry.At)}{confirmed}";
    }
}
