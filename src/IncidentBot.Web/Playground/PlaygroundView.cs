using IncidentBot.Core.People;
using IncidentBot.Core.Time;

namespace IncidentBot.Web.Playground;

/// <summary>Everything the playground page shows, read once per request (<see cref="PlaygroundReader"/>).</summary>
/// <param name="People">The roster, for the person picker.</param>
/// <param name="As">The person acting; null only when the roster is empty.</param>
/// <param name="Channels">The channels <paramref name="As"/> sees.</param>
/// <param name="Channel">The channel shown.</param>
/// <param name="Messages">Its messages as <paramref name="As"/> sees them.</param>
/// <param name="Version">The workspace's <see cref="IPlaygroundWorkspace.Version"/> when read, for the live refresh.</param>
/// <param name="SimulatesRollbacks">Whether rollbacks go to the simulated deploy system (said on the page).</param>
/// <param name="Zone">The zone times are shown in.</param>
/// <param name="Notice">What the last action did, shown once.</param>
/// <param name="Problem">Why the last action was refused.</param>
public sealed record PlaygroundView(
    IReadOnlyList<Person> People, Person? As, IReadOnlyList<PlaygroundChannel> Channels, PlaygroundChannel Channel,
    IReadOnlyList<PlaygroundMessage> Messages, long Version, bool SimulatesRollbacks, DisplayZone Zone, string? Notice, string? Problem)
{
    /// <summary>The page's own address for this person and channel (what the live refresh reads again).</summary>
    public string Self => PlaygroundReader.PathOf(As?.Id, Channel.Name);

    public IEnumerable<PlaygroundChannel> OfKind(PlaygroundChannelKind kind) => Channels.Where(c => c.Kind == kind);
}
