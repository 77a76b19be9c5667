using System.Globalization;
using IncidentBot.Configuration;
using Microsoft.Extensions.Options;

namespace IncidentBot.Hosting;

/// <summary>
/// The chat platform this run uses, decided once before services are added (they depend on it):
/// <c>IncidentBot:Platform</c> when set, else Slack when <c>Slack:BotToken</c> is configured, else the local
/// workspace. A value that names no platform stops the start with one line naming the key.
/// </summary>
public sealed record ActivePlatform(Platform Kind)
{
    private const string Key = $"{BotOptions.SectionName}:{nameof(BotOptions.Platform)}";

    public bool IsLocal => Kind == Platform.Local;

    public static ActivePlatform From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[Key]?.Trim();
        if (string.IsNullOrEmpty(configured))
        {
            return new ActivePlatform(string.IsNullOrEmpty(configuration["Slack:BotToken"]) ? Platform.Local : Platform.Slack);
        }

        if (!Enum.TryParse<Platform>(configured, ignoreCase: true, out var kind) || int.TryParse(configured, CultureInfo.InvariantCulture, out _))
        {
            throw Refused($"{Key} '{configured}' is not a platform: use local, slack or teams, or leave it empty to choose by the credentials set.");
        }

        if (kind == Platform.Teams)
        {
            throw Refused($"{Key} 'teams': Microsoft Teams is not available in this version yet; use slack or local.");
        }

        return new ActivePlatform(kind);
    }

    private static OptionsValidationException Refused(string failure) =>
        new(Key, typeof(BotOptions), [failure]);
}
