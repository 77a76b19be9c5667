using System.Security.Cryptography;
using System.Text.Json;
using IncidentBot.Configuration;

namespace IncidentBot.Security;

/// <summary>
/// Builds the <see cref="SecretBook"/>. A webhook secret (or the report links' key) that is not configured is generated once (random,
/// 192 bits) and kept in the data folder, in a file only the bot's user can read, so the bot runs with no
/// configuration and still never accepts an unauthenticated webhook. Local mode (a playground on this machine)
/// prints the secrets at every start, for its ready-to-paste commands; other modes print only which secrets
/// were generated and where they are, never their values, since a console usually ends up in a log.
/// </summary>
public static class SecretBookFactory
{
    public const string GeneratedSecretsFile = "generated-secrets.json";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static SecretBook Create(IConfiguration configuration, BotOptions bot, bool local, IEnumerable<string> alertSources, TextWriter console)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(console);
        var path = Path.Combine(bot.DataFolder, GeneratedSecretsFile);
        if (File.Exists(path) && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerOnly); // a file kept by an older version may be readable by everyone
        }

        var generated = File.Exists(path) ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? [] : [];
        var shown = new List<string>();
        var created = false;

        string Generate(string key)
        {
            if (!generated.TryGetValue(key, out var secret))
            {
                secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
                generated[key] = secret;
                created = true;
                shown.Add(local ? $"  {key} = {secret}" : $"  {key}");
            }
            else if (local)
            {
                shown.Add($"  {key} = {secret}");
            }

            return secret;
        }

        SourceSecretOptions Sender(string key)
        {
            var options = configuration.GetSection(key).Get<SourceSecretOptions>() ?? new SourceSecretOptions();
            return options.IsConfigured ? options : new SourceSecretOptions { Token = Generate($"{key}:Token") };
        }

        var sources = alertSources.ToDictionary(source => source, source => Sender($"Alerts:{source}"), StringComparer.OrdinalIgnoreCase);
        var changes = Sender("Changes");
        var apiToken = string.IsNullOrEmpty(bot.ApiToken) ? Generate($"{BotOptions.SectionName}:ApiToken") : bot.ApiToken;
        var reportLinkKey = string.IsNullOrEmpty(bot.ReportLinkKey) ? Generate($"{BotOptions.SectionName}:ReportLinkKey") : bot.ReportLinkKey;
        if (created)
        {
            Directory.CreateDirectory(bot.DataFolder);
            WriteOwnerOnly(path, JsonSerializer.Serialize(generated));
        }

        if (shown.Count > 0)
        {
            console.WriteLine($"Generated secrets (kept in {path}; configure them to choose your own):");
            shown.ForEach(console.WriteLine);
        }

        return new SecretBook(sources, changes, apiToken, reportLinkKey);
    }

    /// <summary>Writes the file, created readable by this user only (an existing one was made so before it was read).</summary>
    private static void WriteOwnerOnly(string path, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using var writer = new StreamWriter(path, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options);
        writer.Write(text);
    }
}
