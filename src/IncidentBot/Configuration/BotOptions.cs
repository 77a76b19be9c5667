using System.ComponentModel.DataAnnotations;

namespace IncidentBot.Configuration;

/// <summary>The <c>IncidentBot</c> section: where data lives, which platform, which zone people read times in.</summary>
public sealed class BotOptions
{
    public const string SectionName = "IncidentBot";

    /// <summary>Folder of the LiteDB file and generated local secrets; relative paths are under the working directory.</summary>
    [Required]
    public string DataFolder { get; set; } = "data";

    /// <summary>
    /// <c>local</c> (the in-process workspace, no account), <c>slack</c> or <c>teams</c>; empty chooses by the
    /// credentials set (Slack when <c>Slack:BotToken</c> is set, else local). Read once, by <c>ActivePlatform</c>.
    /// </summary>
    public string? Platform { get; set; }

    public const string DatabaseJobStorage = "database";
    public const string MemoryJobStorage = "memory";

    /// <summary>
    /// Where Hangfire keeps jobs: <c>database</c>, the bot's LiteDB file (jobs survive restarts with the incidents
    /// they act on), or <c>memory</c>, for tests only (jobs are lost when the process stops).
    /// </summary>
    [AllowedValues(DatabaseJobStorage, MemoryJobStorage)]
    public string JobStorage { get; set; } = DatabaseJobStorage;

    /// <summary>IANA zone (<c>Europe/Paris</c>) or offset (<c>+01:00</c>) for times shown to people.</summary>
    [Required]
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Changes this long before an incident started are shown as suspects.</summary>
    public TimeSpan SuspectChangeWindow { get; set; } = TimeSpan.FromHours(3);

    /// <summary>The reaction that adds a message to the timeline.</summary>
    [Required]
    public string PinEmoji { get; set; } = "pushpin";

    /// <summary>Where this bot is reachable from outside (rollback callbacks are sent to it), if anywhere.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Remind an incident's channel when it had no status update for this long; 00:00:00 turns reminders off.</summary>
    public TimeSpan UpdateReminderAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A started rollback with no outcome after this long is marked failed.</summary>
    public TimeSpan RollbackTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Bearer token for <c>GET /api/incidents</c>; generated and printed in local mode when empty.</summary>
    public string? ApiToken { get; set; }

    /// <summary>
    /// The key report links (<c>/reports/{n}/{revision}?sig=…</c>) are signed with; generated and kept with the other
    /// generated secrets when empty. Changing it makes every report link already posted answer 404.
    /// </summary>
    public string? ReportLinkKey { get; set; }
}
