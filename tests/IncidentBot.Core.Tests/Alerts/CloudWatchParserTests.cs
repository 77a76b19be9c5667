using IncidentBot.Core.Alerts;

namespace IncidentBot.Core.Tests.Alerts;

public sealed class CloudWatchParserTests
{
    private const string Alarm = "aws_sns_cloudwatch_alarm.json";
    private const string AlarmKey = "cloudwatch:1234567890:EU (Ireland):bucketbytesAlarm";

    private readonly CloudWatchParser _parser = new();

    [Fact]
    public void Parse_AlarmNotification_FiresAtTheStateChange()
    {
        NormalizedAlert alert = Assert.Single(AlertFixtures.ParseAlerts(_parser, AlertFixtures.Read(Alarm)));

        Assert.Equal("cloudwatch", alert.Source);
        Assert.Equal(AlertStatus.Firing, alert.Status);
        Assert.Equal("bucketbytesAlarm", alert.Title);
        Assert.Equal(AlarmKey, alert.GroupKey);
        Assert.Equal(AlarmKey, alert.Fingerprint);
        Assert.Equal(new DateTimeOffset(2019, 2, 15, 23, 53, 45, 93, TimeSpan.Zero), alert.StartsAt);
        Assert.Equal(TimeSpan.Zero, alert.StartsAt.Offset);
        Assert.Null(alert.EndsAt);
        Assert.Equal("AWS/S3", alert.Service);
        Assert.StartsWith("bucket bytes size exceeded\nThreshold Crossed", alert.Description, StringComparison.Ordinal);
        Assert.Equal("try.alerta.io", alert.Labels["BucketName"]);
        Assert.Equal("BucketSizeBytes", alert.Labels["metric"]);
    }

    [Fact]
    public void Parse_Ok_ResolvesTheSameAlarm()
    {
        byte[] body = WithState(Alarm, "OK");

        NormalizedAlert alert = AlertFixtures.ParseAlerts(_parser, body)[0];

        Assert.Equal(AlertStatus.Resolved, alert.Status);
        Assert.Equal(AlarmKey, alert.Fingerprint);
        Assert.Equal(alert.StartsAt, alert.EndsAt);
    }

    [Fact]
    public void Parse_InsufficientData_IsUnknownNotResolved()
    {
        NormalizedAlert alert = AlertFixtures.ParseAlerts(_parser, AlertFixtures.Read("aws_sns_cloudwatch_insufficient_data.json"))[0];

        Assert.Equal(AlertStatus.Unknown, alert.Status);
        Assert.Equal("notificationCountAlarm", alert.Title);
        Assert.Equal("cloudwatch:1234567890:EU (Ireland):notificationCountAlarm", alert.GroupKey);
        Assert.Null(alert.EndsAt);
    }

    [Fact]
    public void Parse_AlarmArn_IdentifiesTheAlarm()
    {
        byte[] body = AlertFixtures.ReadWith(Alarm, payload =>
            payload["Message"] = payload["Message"]!.GetValue<string>().Replace(
                "{\"AlarmName\"", "{\"AlarmArn\":\"arn:aws:cloudwatch:eu-west-1:1234567890:alarm:bucketbytesAlarm\",\"AlarmName\"", StringComparison.Ordinal));

        Assert.Equal("cloudwatch:arn:aws:cloudwatch:eu-west-1:1234567890:alarm:bucketbytesAlarm", AlertFixtures.ParseAlerts(_parser, body)[0].GroupKey);
    }

    [Fact]
    public void Parse_SubscriptionConfirmation_IsNotAnAlarm()
    {
        string error = AlertFixtures.ParseError(_parser, AlertFixtures.Read("aws_sns_subscription_confirmation.json"));

        Assert.Contains("'SubscriptionConfirmation'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TheAlarmWithoutItsSnsEnvelope_NamesTheMissingType()
    {
        Assert.Equal("missing field 'Type'", AlertFixtures.ParseError(_parser, AlertFixtures.Read("aws_cloudwatch_alarm_message_decoded.json")));
    }

    [Fact]
    public void Parse_TextMessage_SaysItIsNotAnAlarm()
    {
        byte[] body = AlertFixtures.ReadWith(Alarm, payload => payload["Message"] = "Hello from the console");

        Assert.Contains("not a CloudWatch alarm", AlertFixtures.ParseError(_parser, body), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownState_NamesTheField()
    {
        byte[] body = WithState(Alarm, "MAYBE");

        Assert.Contains("Message: field 'NewStateValue' is 'MAYBE'", AlertFixtures.ParseError(_parser, body), StringComparison.Ordinal);
    }

    private static byte[] WithState(string fixture, string state) =>
        AlertFixtures.ReadWith(fixture, payload =>
            payload["Message"] = payload["Message"]!.GetValue<string>().Replace("\"NewStateValue\":\"ALARM\"", $"\"NewStateValue\":\"{state}\"", StringComparison.Ordinal));
}
