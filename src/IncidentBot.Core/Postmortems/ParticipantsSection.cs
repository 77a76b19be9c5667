using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// Everyone who acted or spoke, by name and in name order, with their roles (lead, paged, acknowledged) and
/// what the timeline shows they did.
/// </summary>
internal static class ParticipantsSection
{
    public static void Write(DraftFacts facts, DraftWriter doc)
    {
        doc.Heading("Participants");
        var roles = Roles(facts);
        if (roles.Count == 0)
        {
            doc.Paragraph("Nobody was recorded as taking part.");
            return;
        }

        doc.Bullets(roles
            .Select(p => (Name: facts.People.NameOf(p.Key), Id: p.Key, Roles: p.Value))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => $"**{MarkdownText.Escape(p.Name)}**: {string.Join(", ", p.Roles)}"));
    }

    private static Dictionary<string, List<string>> Roles(DraftFacts facts)
    {
        var roles = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        void Add(string? personId, string role)
        {
            if (personId is null)
            {
                return;
            }

            var list = roles.TryGetValue(personId, out var known) ? known : roles[personId] = [];
            if (!list.Contains(role))
            {
                list.Add(role);
            }
        }

        var state = facts.State;
        Add(state.Lead, "incident lead");
        Add(state.DeclaredBy, "declared the incident");
        foreach (var paged in state.PagedPeople)
        {
            Add(paged, "paged");
        }

        if (state.AcknowledgedAt is { } acknowledgedAt)
        {
            Add(state.AcknowledgedBy, $"acknowledged at {facts.Time(acknowledgedAt)}");
        }

        var contributions = facts.Timeline.Where(e => e.By is not null && !IsDeclaration(e, state)).GroupBy(e => (e.Kind, Said: e.ConfirmedBy is not null));
        foreach (var byKind in contributions.OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Said))
        {
            foreach (var byPerson in byKind.GroupBy(e => e.By!, StringComparer.OrdinalIgnoreCase))
            {
                if (ParticipantRoles.For(byKind.Key.Kind, byPerson.Count(), byKind.Key.Said) is { } role)
                {
                    Add(byPerson.Key, role);
                }
            }
        }

        foreach (var byKind in facts.Timeline.Where(e => e.ConfirmedBy is not null).GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            foreach (var byPerson in byKind.GroupBy(e => e.ConfirmedBy!, StringComparer.OrdinalIgnoreCase))
            {
                if (ParticipantRoles.Confirmed(byKind.Key, byPerson.Count()) is { } role)
                {
                    Add(byPerson.Key, role);
                }
            }
        }

        foreach (var author in facts.Messages.Select(m => m.AuthorId).OfType<string>())
        {
            if (!roles.ContainsKey(author))
            {
                Add(author, "took part in the channel");
            }
        }

        return roles;
    }

    /// <summary>
    /// The entry a declaration records ("Declared by …", a status update at the opening): already "declared the
    /// incident", and no update the declarer posted.
    /// </summary>
    private static bool IsDeclaration(TimelineEntry entry, IncidentState state) =>
        entry.Kind == TimelineKind.StatusUpdate && entry.At == state.OpenedAt
        && string.Equals(entry.By, state.DeclaredBy, StringComparison.OrdinalIgnoreCase);
}
