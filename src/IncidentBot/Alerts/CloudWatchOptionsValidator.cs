using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace IncidentBot.Alerts;

/// <summary>Checks <c>Alerts:cloudwatch:TopicArns</c> at start, each failure naming its key: a typo would otherwise refuse every alarm.</summary>
public sealed partial class CloudWatchOptionsValidator : IValidateOptions<CloudWatchOptions>
{
    public ValidateOptionsResult Validate(string? name, CloudWatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.TopicArns
            .Select((arn, index) => (arn, index))
            .Where(topic => topic.arn is null || !TopicArn().IsMatch(topic.arn))
            .Select(topic => $"{CloudWatchOptions.SectionName}:TopicArns:{topic.index} '{topic.arn}' is not an SNS topic ARN such as 'arn:aws:sns:eu-west-1:123456789012:alarms'.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex(@"^arn:aws:sns:[a-z]{2}(-[a-z]+)+-\d:\d+:[A-Za-z0-9_-]{1,256}(\.fifo)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TopicArn();
}
