using IncidentBot.Core.Time;
using Microsoft.Extensions.Options;

namespace IncidentBot.Configuration;

/// <summary>Checks what data annotations cannot: the time zone exists.</summary>
public sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return DisplayZone.TryParse(options.TimeZone, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"IncidentBot:TimeZone '{options.TimeZone}' is neither an IANA zone (Europe/Paris) nor an offset (+01:00).");
    }
}
