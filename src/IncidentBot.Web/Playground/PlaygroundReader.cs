using IncidentBot.Core;
using IncidentBot.Core.People;

namespace IncidentBot.Web.Playground;

/// <summary>
/// Reads the playground for one request: who is acting (the <c>as</c> of the query or form, else the roster's first
/// person) and which channel is open (by name, else <c>#incidents</c>), as that person sees them.
/// </summary>
public sealed class PlaygroundReader(IPlaygroundWorkspace workspace, IPeopleDirectory people, IncidentSettings settings)
{
    public const string Path = "/playground";

    public const string IncidentsChannel = "incidents";

    public IPlaygroundWorkspace Workspace => workspace;

    /// <summary>The person of this id on the roster; null for anyone else (a guest is nobody to act as).</summary>
    public Person? PersonNamed(string? id) =>
        string.IsNullOrWhiteSpace(id) ? null : people.All.FirstOrDefault(p => string.Equals(p.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The line that says a person is not on the roster, naming who is.</summary>
    public string Unknown(string? id) =>
        $"There is nobody '{id}' on the roster to act as. People: {string.Join(", ", people.All.Select(p => p.Id))}.";

    /// <summary>The channel of this name that the person sees; null when there is none.</summary>
    public PlaygroundChannel? ChannelNamed(Person person, string? name)
    {
        ArgumentNullException.ThrowIfNull(person);
        var wanted = string.IsNullOrWhiteSpace(name) ? IncidentsChannel : name.Trim().TrimStart('#');
        return workspace.ChannelsOf(person.Id).FirstOrDefault(c => c.Name == wanted);
    }

    /// <summary>
    /// The page for <paramref name="asId"/> in <paramref name="channelName"/>; a person or channel that is not there is
    /// named in <see cref="PlaygroundView.Problem"/> and the roster's first person, or <c>#incidents</c>, shown instead.
    /// </summary>
    public PlaygroundView Read(string? asId, string? channelName, string? notice = null, string? problem = null)
    {
        var problems = new List<string>();
        if (problem is not null)
        {
            problems.Add(problem);
        }

        var person = PersonNamed(asId);
        if (person is null && !string.IsNullOrWhiteSpace(asId) && problem is null)
        {
            problems.Add(Unknown(asId));
        }

        person ??= people.All.FirstOrDefault();
        var version = workspace.Version;
        var channels = person is null ? [] : workspace.ChannelsOf(person.Id);
        var channel = person is null ? null : ChannelNamed(person, channelName);
        if (channel is null && person is not null && !string.IsNullOrWhiteSpace(channelName) && problem is null)
        {
            problems.Add($"There is no channel '{channelName}' that {person.Name} sees.");
        }

        channel ??= channels.FirstOrDefault(c => c.Kind == PlaygroundChannelKind.Incidents)
            ?? new PlaygroundChannel("", IncidentsChannel, PlaygroundChannelKind.Incidents, "", 0);
        var messages = person is null || channel.Id.Length == 0 ? [] : workspace.MessagesSeenBy(channel.Id, person.Id);
        return new PlaygroundView(
            people.All, person, channels, channel, messages, version, workspace.SimulatesRollbacks, settings.Zone, notice,
            problems.Count == 0 ? null : string.Join(" ", problems));
    }

    /// <summary>The playground's address for a person and a channel.</summary>
    public static string PathOf(string? asId, string? channelName)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(asId))
        {
            query.Add("as=" + Uri.EscapeDataString(asId));
        }

        if (!string.IsNullOrEmpty(channelName))
        {
            query.Add("channel=" + Uri.EscapeDataString(channelName));
        }

        return query.Count == 0 ? Path : $"{Path}?{string.Join('&', query)}";
    }
}
