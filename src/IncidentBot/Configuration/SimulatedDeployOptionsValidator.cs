using Microsoft.Extensions.Options;

namespace IncidentBot.Configuration;

/// <summary>Checks <c>Deploys:Simulated:Takes</c> at start: a rollback that reports at once or after hours is no rehearsal.</summary>
public sealed class SimulatedDeployOptionsValidator : IValidateOptions<SimulatedDeployOptions>
{
    public static readonly TimeSpan LongestTakes = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, SimulatedDeployOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Takes > TimeSpan.Zero && options.Takes <= LongestTakes
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{SimulatedDeployOptions.SectionName}:Takes '{options.Takes}' must be more than 0 and at most {LongestTakes} (e.g. 00:00:03).");
    }
}
