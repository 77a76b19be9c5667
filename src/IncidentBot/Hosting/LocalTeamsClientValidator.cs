using IncidentBot.Teams;
using Microsoft.Extensions.Options;

namespace IncidentBot.Hosting;

/// <summary>
/// <c>Teams:AllowUnauthenticatedLocalClient</c> lets activities in without a token, for the Microsoft 365 Agents
/// Playground on this machine. It is refused unless every address in <c>Urls</c> is a loopback one: on any other,
/// anyone who can reach the bot could speak for Teams.
/// </summary>
public sealed class LocalTeamsClientValidator(IOptions<UrlsOptions> urls) : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.AllowUnauthenticatedLocalClient)
        {
            return ValidateOptionsResult.Success;
        }

        var open = (urls.Value.Urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(a => !LoopbackAddress.Is(a)).ToList();
        return open.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Teams:AllowUnauthenticatedLocalClient accepts activities without a token, so the bot must listen on loopback only; Urls has {string.Join(", ", open)}. Set Urls to http://127.0.0.1:<port>, or turn the switch off.");
    }
}
