namespace IncidentBot.Web.Playground;

/// <summary>A channel of the playground as its list shows it.</summary>
/// <param name="Id">The workspace's id of the channel, which forms post back.</param>
/// <param name="Name">The name people see (<c>incidents</c>, <c>inc-1-…</c>, <c>dm-ada</c>).</param>
/// <param name="Kind">What it is for, to group the list as a chat app does.</param>
/// <param name="Topic">Its topic (an incident channel's: the incident's title); empty when it has none.</param>
/// <param name="Messages">How many messages the person sees in it.</param>
public sealed record PlaygroundChannel(string Id, string Name, PlaygroundChannelKind Kind, string Topic, int Messages)
{
    /// <summary>Only people write here (direct conversations carry the bot's pages and reports, and their buttons).</summary>
    public bool CanWrite => Kind != PlaygroundChannelKind.Direct;
}
