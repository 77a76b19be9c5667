using IncidentBot.Configuration;

namespace IncidentBot.Hosting;

/// <summary>
/// The chat platform this run uses: <c>IncidentBot:Platform</c> when set, else Slack when
/// <c>Slack:BotToken</c> is configured, else the local workspace.
/// </summary>
public sealed record ActivePlatform(string Name)
{
    public bool IsLocal => Name == BotOptions.LocalPlatform;

    public static ActivePlatform From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[$"{BotOptions.SectionName}:{nameof(BotOptions.Platform)}"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new ActivePlatform(configured.Trim().ToLowerInvariant());
        }

        return new ActivePlatform(string.IsNullOrEmpty(configuration["Slack:BotToken"]) ? BotOptions.LocalPlatform : BotOptions.SlackPlatform);
    }
}
