using System.Globalization;
using System.Text;
using System.Text.Json;

namespace IncidentBot.Core.Alerts;

/// <summary>
/// Parses an Amazon CloudWatch alarm delivered by Amazon SNS to an HTTPS subscription: the SNS
/// <c>Notification</c> envelope whose <c>Message</c> is the alarm as a JSON string. The SNS signature, the
/// topic and subscription confirmations are the host's business and are settled before the body gets here.
/// </summary>
/// <remarks>
/// <para>Grouping key and identity: <c>cloudwatch:</c> + the alarm's <c>AlarmArn</c> when the message has one,
/// else <c>AWSAccountId</c>, <c>Region</c> and <c>AlarmName</c>, which together name one alarm.</para>
/// <para>Resolve rule: <c>NewStateValue</c> <c>ALARM</c> fires and <c>OK</c> resolves, both at
/// <c>StateChangeTime</c>. <c>INSUFFICIENT_DATA</c> means the alarm cannot evaluate its metric, which says nothing
/// about the impact: it is <see cref="AlertStatus.Unknown"/>, written on the alarm's open incident without
/// resolving it, and opens nothing.</para>
/// <para>Fields: title = <c>AlarmName</c>; description = <c>AlarmDescription</c> and <c>NewStateReason</c>;
/// service = the metric's <c>Namespace</c> (<c>AWS/S3</c>); labels = the metric's dimensions, its name and
/// the account and region.</para>
/// </remarks>
/// <seealso href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html"/>
/// <seealso href="https://docs.aws.amazon.com/sns/latest/dg/http-notification-json.html"/>
public sealed class CloudWatchParser : IAlertParser
{
    /// <summary>The source name this parser answers to.</summary>
    public const string SourceName = "cloudwatch";

    public string Source => SourceName;

    public AlertParseResult Parse(ReadOnlySpan<byte> body) => AlertJson.Parse(body, root => [ReadNotification(root)]);

    private static NormalizedAlert ReadNotification(JsonElement envelope)
    {
        string type = AlertJson.RequireString(envelope, "Type");
        if (type != "Notification")
        {
            throw new AlertPayloadException($"SNS message 'Type' is {AlertJson.Quote(type)}; only a 'Notification' carries an alarm");
        }

        string message = AlertJson.RequireString(envelope, "Message");
        try
        {
            using JsonDocument alarm = JsonDocument.Parse(Encoding.UTF8.GetBytes(message));
            return alarm.RootElement.ValueKind == JsonValueKind.Object
                ? ReadAlarm(alarm.RootElement)
                : throw new AlertPayloadException("field 'Message' must hold a CloudWatch alarm as a JSON object");
        }
        catch (JsonException)
        {
            throw new AlertPayloadException("field 'Message' is not a CloudWatch alarm (not JSON); publish alarms to the topic, not text");
        }
        catch (AlertPayloadException exception)
        {
            throw new AlertPayloadException($"Message: {exception.Message}");
        }
    }

    private static NormalizedAlert ReadAlarm(JsonElement alarm)
    {
        string name = AlertJson.RequireString(alarm, "AlarmName");
        string state = AlertJson.RequireString(alarm, "NewStateValue");
        AlertStatus status = state switch
        {
            "ALARM" => AlertStatus.Firing,
            "OK" => AlertStatus.Resolved,
            "INSUFFICIENT_DATA" => AlertStatus.Unknown,
            _ => throw new AlertPayloadException($"field 'NewStateValue' is {AlertJson.Quote(state)}; expected 'ALARM', 'OK' or 'INSUFFICIENT_DATA'"),
        };
        DateTimeOffset changedAt = ReadStateChangeTime(alarm);
        string identity = AlertJson.GetString(alarm, "AlarmArn")
            ?? $"{AlertJson.RequireString(alarm, "AWSAccountId")}:{AlertJson.RequireString(alarm, "Region")}:{name}";
        string key = AlertFingerprint.Bounded($"{SourceName}:{identity}");
        JsonElement? trigger = alarm.TryGetProperty("Trigger", out JsonElement t) && t.ValueKind == JsonValueKind.Object ? t : null;

        return new NormalizedAlert(
            Source: SourceName,
            Fingerprint: key,
            GroupKey: key,
            Status: status,
            Title: name,
            Description: string.Join("\n", new[] { AlertJson.GetString(alarm, "AlarmDescription"), AlertJson.GetString(alarm, "NewStateReason") }
                .Where(text => text is not null)) is { Length: > 0 } text ? text : null,
            Service: trigger is { } namespaced ? AlertJson.GetString(namespaced, "Namespace") : null,
            Severity: null,
            StartsAt: changedAt,
            EndsAt: status == AlertStatus.Resolved ? changedAt : null,
            Link: null,
            Labels: Labels(alarm, trigger));
    }

    /// <summary>CloudWatch writes <c>2019-02-15T23:53:45.093+0000</c>: an offset without a colon, which ISO readers refuse.</summary>
    private static DateTimeOffset ReadStateChangeTime(JsonElement alarm)
    {
        string text = AlertJson.RequireString(alarm, "StateChangeTime");
        string[] formats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK"];
        string normalized = text.Length > 5 && (text[^5] == '+' || text[^5] == '-') ? $"{text[..^2]}:{text[^2..]}" : text;
        return DateTimeOffset.TryParseExact(normalized, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset time)
            && Time.PlausibleTimes.Contains(time)
            ? time.ToUniversalTime()
            : throw new AlertPayloadException($"field 'StateChangeTime' must be a time such as '2019-02-15T23:53:45.093+0000', got {AlertJson.Quote(text)}");
    }

    private static IReadOnlyDictionary<string, string> Labels(JsonElement alarm, JsonElement? trigger)
    {
        Dictionary<string, string> labels = new(StringComparer.Ordinal);
        Add(labels, "account", AlertJson.GetString(alarm, "AWSAccountId"));
        Add(labels, "region", AlertJson.GetString(alarm, "Region"));
        if (trigger is { } metric)
        {
            Add(labels, "metric", AlertJson.GetString(metric, "MetricName"));
            if (metric.TryGetProperty("Dimensions", out JsonElement dimensions) && dimensions.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement dimension in dimensions.EnumerateArray().Where(d => d.ValueKind == JsonValueKind.Object))
                {
                    if (AlertJson.GetString(dimension, "name") is { } dimensionName)
                    {
                        Add(labels, dimensionName, AlertJson.GetString(dimension, "value"));
                    }
                }
            }
        }

        return labels.AsReadOnly();
    }

    private static void Add(Dictionary<string, string> labels, string key, string? value)
    {
        if (value is not null)
        {
            labels[key] = value;
        }
    }
}
