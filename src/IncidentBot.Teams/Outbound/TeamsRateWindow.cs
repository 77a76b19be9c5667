using System.Collections.Immutable;

namespace IncidentBot.Teams.Outbound;

/// <summary>
/// At most <paramref name="MaxCalls"/> calls in any <paramref name="Period"/>: one of the rate limits Teams puts on a bot's
/// calls (<see href="https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit"/>). A call over any of
/// them is answered 429, and Teams may throttle the bot further, so <see cref="TeamsSendPacer"/> keeps below all of them.
/// </summary>
public sealed record TeamsRateWindow(TimeSpan Period, int MaxCalls)
{
    /// <summary>
    /// Per bot per conversation ("thread" in Teams' words: a 1:1 chat, a group chat, or a channel of a team), for
    /// sending and for creating conversations alike: 7 a second, 8 in 2 s, 60 in 30 s, 1,800 an hour.
    /// </summary>
    public static ImmutableArray<TeamsRateWindow> PerConversation { get; } =
    [
        new(TimeSpan.FromSeconds(1), 7),
        new(TimeSpan.FromSeconds(2), 8),
        new(TimeSpan.FromSeconds(30), 60),
        new(TimeSpan.FromHours(1), 1_800),
    ];

    /// <summary>Per app per tenant, every call counted whatever its conversation (1:1 pages too): 50 a second.</summary>
    public static ImmutableArray<TeamsRateWindow> PerTenant { get; } = [new(TimeSpan.FromSeconds(1), 50)];
}
