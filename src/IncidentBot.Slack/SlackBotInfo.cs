namespace IncidentBot.Slack;

/// <summary>The bot's ids and its workspace's address.</summary>
public sealed record SlackBotInfo(string UserId, string? BotId, string TeamId, Uri WorkspaceUrl);
