namespace IncidentBot.Teams.Graph;

/// <summary>
/// Creates an incident's channel in a team through Graph, as the Slack adapter creates its channels: the incident's
/// name made to fit Teams' rules (<see cref="TeamsChannelNames"/>); a name in use gets a suffix (<c>-2</c>,
/// <c>-3</c> …), unless the channel of that name is this incident's own, made by an earlier attempt whose answer was
/// lost or whose thread was never started: one created since the incident opened, with the incident's description.
/// That one is adopted, so a retried set-up makes one channel, not two.
/// </summary>
public sealed class TeamsChannelOpener(GraphClient graph)
{
    /// <summary>How many names are tried before giving up.</summary>
    public const int MostAttempts = 50;

    /// <summary>Graph's limit on a channel's description.</summary>
    public const int MaxDescriptionLength = 1024;

    /// <summary>Graph's clock and the bot's may differ a little: a channel this much older than the incident is still its own.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The incident's channel in <paramref name="teamId"/>, created or adopted; Graph's refusals as <see cref="GraphException"/>.</summary>
    public async Task<GraphChannel> OpenAsync(string teamId, string name, string description, DateTimeOffset openedAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(teamId);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(description);
        var about = description.Length <= MaxDescriptionLength ? description : description[..MaxDescriptionLength];
        for (var attempt = 1; ; attempt++)
        {
            var candidate = TeamsChannelNames.WithSuffix(name, attempt);
            try
            {
                return await graph.CreateChannelAsync(teamId, candidate, about, cancellationToken).ConfigureAwait(false);
            }
            catch (GraphException e) when (e.NameTaken && attempt < MostAttempts)
            {
                // Taken by this set-up's earlier attempt (adopted), or else by an earlier incident or a person (the next suffix is tried).
                if (await graph.FindChannelAsync(teamId, candidate, cancellationToken).ConfigureAwait(false) is { } existing && IsOwn(existing, about, openedAt))
                {
                    return existing;
                }
            }
        }
    }

    private static bool IsOwn(GraphChannel channel, string description, DateTimeOffset openedAt) =>
        channel.Description == description && channel.CreatedDateTime is { } created && created >= openedAt - ClockSkew;
}
