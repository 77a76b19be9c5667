namespace IncidentBot.Slack.Outbound;

/// <summary>How far back the bot looks for what a Slack call whose answer was lost may have done.</summary>
public static class SlackLookBack
{
    /// <summary>
    /// Slack's clock (a message's <c>ts</c>, a channel's <c>created</c>) may be behind the bot's by this much, so the
    /// bot looks this long before the moment it asked.
    /// </summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>How many of a channel's newest messages are searched for a post whose answer was lost.</summary>
    public const int Messages = 1000;
}
