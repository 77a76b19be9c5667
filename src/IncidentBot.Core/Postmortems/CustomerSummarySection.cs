using System.Globalization;
using System.Text.RegularExpressions;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// A short summary for customers, the part managers forward: what happened, when (the impact window in the display
/// zone), the impact, and what is being done. It names nobody, links nowhere inside the company and quotes nobody: the
/// impact comes from the alert and the impact statements the people confirmed, and a confirmed statement that mentions
/// someone, holds a link or names a person the bot knows is left out rather than edited.
/// </summary>
internal static partial class CustomerSummarySection
{
    public static void Write(DraftFacts facts, DraftWriter doc)
    {
        doc.Heading("Customer-facing summary");
        doc.Paragraph(string.Join(' ', Sentences(facts)));
    }

    private static IEnumerable<string> Sentences(DraftFacts facts)
    {
        var state = facts.State;
        var where = state.Service is null ? "" : $" affecting {MarkdownText.Inline(state.Service)}";
        var when = facts.ImpactEnd is { } end
            ? $"{facts.Span(facts.ImpactStart, end)} ({facts.Zone.Label})"
            : $"since {facts.Time(facts.ImpactStart)} on {facts.Date(facts.ImpactStart)} ({facts.Zone.Label})";
        yield return $"We had an incident{where} {when}: {MarkdownText.Inline(state.Title)}{Prose.Stop(state.Title)}";
        if (facts.Alerts.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a.Description))?.Description is { } description && Shareable(facts, description))
        {
            yield return MarkdownText.Inline(description) + Prose.Stop(description);
        }

        foreach (var impact in facts.Entries(TimelineKind.Impact).Where(e => Shareable(facts, e.Text)).Select(e => AsStatement(e.Text)))
        {
            yield return MarkdownText.Inline(impact) + Prose.Stop(impact);
        }

        if (facts.ImpactEnd is { } ended)
        {
            yield return $"The impact lasted {Durations.Format(ended - facts.ImpactStart)}.";
        }

        foreach (var sentence in Actions(facts))
        {
            yield return sentence;
        }
    }

    private static IEnumerable<string> Actions(DraftFacts facts)
    {
        if (facts.Rollbacks.Any(r => r.Status == RollbackStatus.Succeeded))
        {
            yield return "A rollback restored the previous version.";
        }

        var state = facts.State;
        yield return state.ResolvedAt is { } resolvedAt ? $"The incident was resolved at {facts.TimeOn(resolvedAt, facts.ImpactStart)}."
            : state.MitigatedAt is { } mitigatedAt ? $"The impact was mitigated at {facts.TimeOn(mitigatedAt, facts.ImpactStart)}; the incident is still being worked on."
            : "The incident is still being worked on.";
        yield return facts.Entries(TimelineKind.RootCause).Any() ? "The cause has been identified." : "The cause is still being investigated.";
        var followUps = facts.Entries(TimelineKind.FollowUp).Count();
        if (followUps > 0)
        {
            yield return followUps == 1
                ? "One preventive action has been agreed."
                : string.Create(CultureInfo.InvariantCulture, $"{followUps} preventive actions have been agreed.");
        }
    }

    /// <summary>Text that names no one and links nowhere: no mention, no address, no known person's name or id.</summary>
    private static bool Shareable(DraftFacts facts, string text) =>
        !text.Contains('@', StringComparison.Ordinal)
        && !text.Contains("://", StringComparison.Ordinal)
        && !text.Contains("www.", StringComparison.OrdinalIgnoreCase)
        && !facts.People.All.Select(p => p.Name).Append(string.Join(' ', facts.People.All.Select(p => p.Id)))
            .Concat(facts.Messages.Select(m => m.AuthorName))
            .SelectMany(name => name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Any(word => word.Length > 2 && Words(text).Contains(word));

    private static HashSet<string> Words(string text) =>
        text.Split((char[])[' ', ',', '.', ';', ':', '!', '?', '(', ')', '"', '\'', '’'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A confirmed impact statement as a customer reads it: without the chat's lead-in ("Actually", "Impact:", "FYI"),
    /// starting with a capital. Its words are otherwise the confirmed ones.
    /// </summary>
    private static string AsStatement(string said)
    {
        var statement = LeadIn().Replace(said.Trim(), "");
        return statement.Length == 0 ? said : char.ToUpperInvariant(statement[0]) + statement[1..];
    }

    [GeneratedRegex(@"^(?:(?:actually|so|ok|okay|fyi|update|correction|customer impact|impact)\b\s*[:,\-–]?\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();
}
