using System.Text.Json.Serialization;

namespace IncidentBot.Local;

/// <summary>
/// A channel (or direct-message conversation) of the local workspace, as it is now: the workspace replaces it with a
/// changed copy, so one read never changes under its reader. Kept in the bot's database (<see cref="LocalRecords"/>).
/// </summary>
/// <param name="Id"><c>C-incidents</c>, <c>C-reports</c>, <c>C-inc-1-…</c> for an incident's channel, <c>D-ada</c> for a direct conversation.</param>
/// <param name="Name">The name people see and type (<c>incidents</c>, <c>inc-1-…</c>, <c>dm-ada</c>).</param>
/// <param name="IsDirect">A person's direct conversation with the bot.</param>
/// <param name="Topic">The channel's topic (an incident channel's: the incident's title).</param>
/// <param name="Members">Ids of the people in it: invited by the bot, or joined by writing in it.</param>
/// <param name="Bookmarks">Links kept at hand in the channel, in the order they were added.</param>
/// <param name="OpenedAt">When the bot opened it as an incident channel; null for the others.</param>
public sealed record LocalChannel(
    string Id, string Name, bool IsDirect, string Topic, IReadOnlyList<string> Members, IReadOnlyList<LocalBookmark> Bookmarks, DateTimeOffset? OpenedAt = null)
{
    /// <summary>What the channel is for, by its id.</summary>
    [JsonIgnore]
    public LocalChannelKind Kind => Id switch
    {
        LocalWorkspace.IncidentsChannelId => LocalChannelKind.Incidents,
        LocalWorkspace.ReportsChannelId => LocalChannelKind.Reports,
        _ when IsDirect => LocalChannelKind.Direct,
        _ => LocalChannelKind.Incident,
    };

    /// <summary>For a direct conversation, the person the bot talks to in it; null for other channels.</summary>
    [JsonIgnore]
    public string? PersonId => IsDirect ? Id[LocalWorkspace.DirectPrefix.Length..] : null;

    public bool HasMember(string personId) => Members.Contains(personId, StringComparer.OrdinalIgnoreCase);
}
