using System.Globalization;
using IncidentBot.Configuration;
using Microsoft.Extensions.Options;

namespace IncidentBot.Hosting;

/// <summary>
/// The chat platform this run uses, decided once before services are added (they depend on it):
/// <c>IncidentBot:Platform</c> when set, else the platform whose credentials are set (<c>Slack:BotToken</c>,
/// <c>Teams:AppId</c>), else the local workspace. A value that names no platform, or credentials for both with no
/// choice made, stops the start with one line naming the key.
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
            return ByCredentials(!string.IsNullOrEmpty(configuration["Slack:BotToken"]), !string.IsNullOrEmpty(configuration["Teams:AppId"]));
        }

        if (!Enum.TryParse<Platform>(configured, ignoreCase: true, out var kind) || int.TryParse(configured, CultureInfo.InvariantCulture, out _))
        {
            throw Refused($"{Key} '{configured}' is not a platform: use local, slack or teams, or leave it empty to choose by the credentials set.");
        }

        return new ActivePlatform(kind);
    }

    private static ActivePlatform ByCredentials(bool slack, bool teams) => (slack, teams) switch
    {
        (true, true) => throw Refused($"Both Slack:BotToken and Teams:AppId are set: set {Key} to slack or teams to choose."),
        (true, false) => new ActivePlatform(Platform.Slack),
        (false, true) => new ActivePlatform(Platform.Teams),
        _ => new ActivePlatform(Platform.Local),
    };

    private static OptionsValidationException Refused(string failure) =>
        new(Key, typeof(BotOptions), [failure]);
}
