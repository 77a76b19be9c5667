using System.Security.Cryptography;
using System.Text.Json;
using IncidentBot.Configuration;

namespace IncidentBot.Security;

/// <summary>
/// Builds the <see cref="SecretBook"/>. A webhook secret that is not configured is generated once (random,
/// 192 bits), kept in the data folder and printed, so the bot runs with no configuration and still never
/// accepts an unauthenticated webhook. Local mode prints the generated secrets at every start; other modes
/// only when they are first made, so they reach the console (and its logs) once.
/// </summary>
public static class SecretBookFactory
{
    public const string GeneratedSecretsFile = "generated-secrets.json";

    public static SecretBook Create(IConfiguration configuration, BotOptions bot, bool local, IEnumerable<string> alertSources, TextWriter console)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(console);
        var path = Path.Combine(bot.DataFolder, GeneratedSecretsFile);
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
                shown.Add($"  {key} = {secret}");
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
        if (created)
        {
            Directory.CreateDirectory(bot.DataFolder);
            File.WriteAllText(path, JsonSerializer.Serialize(generated));
        }

        if (shown.Count > 0)
        {
            console.WriteLine($"Generated secrets (kept in {path}; configure them to choose your own):");
            shown.ForEach(console.WriteLine);
        }

        return new SecretBook(sources, changes, apiToken);
    }
}
