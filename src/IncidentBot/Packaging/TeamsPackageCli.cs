using IncidentBot.Configuration;
using IncidentBot.Teams;
using IncidentBot.Teams.Package;

namespace IncidentBot.Packaging;

/// <summary>
/// <c>teams-package --out &lt;file&gt;</c>: the zip to sideload in Teams, its manifest filled in from the bot's own
/// configuration (<c>Teams:AppId</c>, and the host of <c>IncidentBot:PublicBaseUrl</c>, where Teams sends activities).
/// </summary>
public static class TeamsPackageCli
{
    public const string Usage =
        "usage: dotnet run --project src/IncidentBot -- teams-package --out <new file.zip> [--Teams:AppId=<app id>] [--IncidentBot:PublicBaseUrl=https://<bot address>]";

    public static async Task<int> RunAsync(string[] arguments, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (arguments is not ["--out", var outArgument, .. var settings])
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var target = Path.GetFullPath(outArgument);
        var configuration = WebApplication.CreateBuilder(new WebApplicationOptions { Args = settings, ContentRootPath = AppContext.BaseDirectory }).Configuration;
        if (Refusal(target, configuration, out var values) is { } refusal)
        {
            await error.WriteLineAsync(refusal).ConfigureAwait(false);
            return 1;
        }

        await using (var zip = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
        {
            TeamsAppPackage.Write(zip, values);
        }

        await output.WriteLineAsync($"Wrote {target}: upload it in Teams (Apps → Manage your apps → Upload an app).").ConfigureAwait(false);
        return 0;
    }

    /// <summary>Why no package can be made, in one line; null when it can, with the manifest's values.</summary>
    private static string? Refusal(string target, IConfiguration configuration, out Dictionary<string, string> values)
    {
        values = [];
        if (File.Exists(target) || Directory.Exists(target))
        {
            return $"{target} exists already. Give --out a new file name.";
        }

        if (!Directory.Exists(Path.GetDirectoryName(target)))
        {
            return $"The folder of --out, {Path.GetDirectoryName(target)}, does not exist. Create it or choose another.";
        }

        var appId = configuration[$"{TeamsOptions.SectionName}:{nameof(TeamsOptions.AppId)}"];
        if (!Guid.TryParse(appId, out var id))
        {
            return "Teams:AppId must be the Azure bot registration's Microsoft App ID (a GUID): the package names the bot by it.";
        }

        var address = configuration[$"{BotOptions.SectionName}:{nameof(BotOptions.PublicBaseUrl)}"];
        if (!Uri.TryCreate(address, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            return "IncidentBot:PublicBaseUrl must be the bot's public https address (the messaging endpoint is <it>/api/messages): the package names the bot's domain.";
        }

        var appIdText = id.ToString("D");
        values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["BOT_APP_ID"] = appIdText,
            ["TEAMS_APP_ID"] = appIdText,
            ["BOT_DOMAIN"] = url.Authority,
        };
        return null;
    }
}
