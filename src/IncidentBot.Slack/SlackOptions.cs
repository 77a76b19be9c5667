namespace IncidentBot.Slack;

/// <summary>
/// The <c>Slack</c> section. <see cref="BotToken"/> with <see cref="SigningSecret"/> runs the bot over public
/// HTTP endpoints; with <see cref="AppToken"/> it runs over Socket Mode (no public endpoint needed).
/// </summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>The bot user OAuth token, <c>xoxb-…</c> (OAuth &amp; Permissions page).</summary>
    public string? BotToken { get; set; }

    /// <summary>Verifies that HTTP requests come from Slack (Basic Information page).</summary>
    public string? SigningSecret { get; set; }

    /// <summary>An app-level token with <c>connections:write</c>, <c>xapp-…</c>: turns Socket Mode on.</summary>
    public string? AppToken { get; set; }

    /// <summary>Where the Web API lives; tests point it at a fake Slack.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Channel id where incidents are announced and declared (e.g. #incidents), if any.</summary>
    public string? IncidentsChannel { get; set; }

    /// <summary>Channel id where drafted postmortems are posted, if any.</summary>
    public string? ReportsChannel { get; set; }

    /// <summary>The least time between two messages the bot posts in one channel (Slack allows about one a second).</summary>
    public TimeSpan PostInterval { get; set; } = TimeSpan.FromSeconds(1);

    public bool IsConfigured => !string.IsNullOrEmpty(BotToken);

    public bool UsesSocketMode => !string.IsNullOrEmpty(AppToken);
}
