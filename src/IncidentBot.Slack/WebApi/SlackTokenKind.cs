namespace IncidentBot.Slack.WebApi;

/// <summary>
/// Which of the app's tokens a method needs (<see href="https://docs.slack.dev/authentication/tokens"/>).
/// </summary>
public enum SlackTokenKind
{
    /// <summary>The bot token, <c>xoxb-…</c> (<see cref="SlackOptions.BotToken"/>).</summary>
    Bot,

    /// <summary>The app-level token, <c>xapp-…</c> (<see cref="SlackOptions.AppToken"/>), for Socket Mode.</summary>
    App,
}
