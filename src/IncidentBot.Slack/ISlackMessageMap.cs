namespace IncidentBot.Slack;

/// <summary>
/// The bot's own messages are known to the core by their outbox id until Slack gives them a <c>ts</c>;
/// events about them (a 📌, an edit) carry the <c>ts</c>. This maps a Slack message back to the core's id.
/// </summary>
public interface ISlackMessageMap
{
    /// <summary>The core's id of a message: the outbox id for the bot's own messages, the <c>ts</c> for everyone else's.</summary>
    Task<string> CoreIdAsync(string channelId, string ts, CancellationToken cancellationToken = default);
}
