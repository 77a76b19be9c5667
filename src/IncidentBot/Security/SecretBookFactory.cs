using System.Security.Cryptography;
using System.Text.Json;
using IncidentBot.Configuration;

namespace IncidentBot.Security;

/// <summary>
/// Builds the <see cref="SecretBook"/>. In local mode a missing secret is generated once, kept in the data
/// folder and printed, so the bot runs with no configuration; on a real platform it is a start-up error.
/// </summary>
public static class SecretBookFactory
{
    public const string LocalSecretsFile = "local-secrets.json";

    public static SecretBook Create(IConfiguration configuration, BotOptions bot, IEnumerable<string> alertSources, TextWriter console)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(console);
        var local = bot.Platform == "local";
        var path = Path.Combine(bot.DataFolder, LocalSecretsFile);
        var generated = local && File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? []
            : [];
        var missing = new List<string>();
        var printed = new List<string>();

        string Resolve(string key, string? configured)
        {
            if (!string.IsNullOrEmpty(configured))
            {
                return configured;
            }

            if (!local)
            {
                missing.Add(key);
                return "";
            }

            if (!generated.TryGetValue(key, out var secret))
            {
                secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
                generated[key] = secret;
            }

            printed.Add($"  {key} = {secret}");
            return secret;
        }

        var sources = new Dictionary<string, SourceSecretOptions>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in alertSources)
        {
            var options = configuration.GetSection($"Alerts:{source}").Get<SourceSecretOptions>() ?? new SourceSecretOptions();
            sources[source] = options.IsConfigured ? options : new SourceSecretOptions { Token = Resolve($"Alerts:{source}:Token", null) };
        }

        var changes = configuration.GetSection("Changes").Get<SourceSecretOptions>() ?? new SourceSecretOptions();
        if (!changes.IsConfigured)
        {
            changes = new SourceSecretOptions { Token = Resolve("Changes:Token", null) };
        }

        var apiToken = Resolve($"{BotOptions.SectionName}:ApiToken", bot.ApiToken);
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Missing secrets (set them in configuration or environment): {string.Join(", ", missing)}. IncidentBot does not start with an open door.");
        }

        if (printed.Count > 0)
        {
            Directory.CreateDirectory(bot.DataFolder);
            File.WriteAllText(path, JsonSerializer.Serialize(generated));
            console.WriteLine($"Local mode: generated secrets (kept in {path}; set them in configuration to choose your own):");
            printed.ForEach(console.WriteLine);
        }

        return new SecretBook(sources, changes, apiToken);
    }
}
