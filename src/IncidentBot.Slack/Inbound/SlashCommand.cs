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
    string? TriggerId)
{
    /// <summary>The bot's one slash command, as declared in <c>manifests/slack/app-manifest.yaml</c> (a test keeps them equal).</summary>
    public const string BotCommand = "/incident";

    /// <summary>
    /// Whether this is the bot's command. Slack sends an app only its own commands, so another one means a second app
    /// shares the request URL or the request was not made by Slack for this app: it is refused, never run as the bot's.
    /// </summary>
    public bool IsBotCommand => string.Equals(Command, BotCommand, StringComparison.Ordinal);
}
