namespace IncidentBot.Alerts;

/// <summary>
/// The <c>Alerts:cloudwatch</c> section. Amazon SNS signs every message, but anyone can sign messages with a
/// topic of their own, so the bot takes only the topics listed here. Without <see cref="TopicArns"/> the source
/// is off (404).
/// </summary>
public sealed class CloudWatchOptions
{
    public const string SectionName = "Alerts:cloudwatch";

    /// <summary>The SNS topics alarms come from (<c>arn:aws:sns:eu-west-1:123456789012:alarms</c>).</summary>
    public List<string> TopicArns { get; set; } = [];

    /// <summary>
    /// Confirm a subscription by opening its <c>SubscribeURL</c> (only ever an https address on an SNS host). Off,
    /// the URL is logged for an admin to open.
    /// </summary>
    public bool ConfirmSubscriptions { get; set; } = true;
}
