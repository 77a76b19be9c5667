namespace IncidentBot.Slack.Inbound;

/// <summary>
/// A slash command as Slack sends it (https://api.slack.com/interactivity/slash-commands#app_command_handling):
/// who typed what where, and where to answer later.
/// </summary>
public sealed record SlashCommand(
    string Command,
    string Text,
    string UserId,
    string? UserName,
    string ChannelId,
    string? ChannelName,
    string TeamId,
    Uri? ResponseUrl,
    string? TriggerId);
