namespace IncidentBot.Slack;

/// <summary>Who the bot is in the workspace (from <c>auth.test</c>), so it can ignore its own messages.</summary>
public interface ISlackBotIdentity
{
    Task<SlackBotInfo> GetAsync(CancellationToken cancellationToken = default);
}
