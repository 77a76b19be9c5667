using IncidentBot.Alerts;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Alerts;

/// <summary>The string SNS signs, as AWS's documentation lays it out, built from the real messages.</summary>
public sealed class SnsMessageTests
{
    [Fact]
    public void StringToSign_SubscriptionConfirmation_HasTheConfirmationFieldsInByteOrder()
    {
        var message = Read("aws_sns_subscription_confirmation.json");

        var (text, missing) = message.StringToSign();

        Assert.Null(missing);
        Assert.StartsWith("Message\nYou have chosen to subscribe to the topic arn:aws:sns:eu-west-1:1234567890:alerta-test.\nTo confirm the subscriptionDataBuilder, visit the SubscribeURL included in this message.\nMessageId\n8a14e4f3-f3ab-4be0-a12f-681ee8fe214f\nSubscribeURL\nhttps://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&", text, StringComparison.Ordinal);
        Assert.EndsWith("\nTimestamp\n2018-07-08T21:33:44.782Z\nToken\n2336412f37fb687f5d51e6e241da92fd72d769c5b4ca6fd6cd6d30949d5a51abf7e21aae199b52813b6f2ea51b41e3119b599532d25df4e6aea368b3a6d8272d38688f73c116b04204e9afb2f5b1d8c4bdb823103299a9f1da7409f1dcf4096ba20a0b0222cc493586e76450e3be6715\nTopicArn\narn:aws:sns:eu-west-1:1234567890:alerta-test\nType\nSubscriptionConfirmation\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void StringToSign_Notification_HasSubjectAndNoSubscribeUrl()
    {
        var (text, _) = Read("aws_sns_cloudwatch_alarm.json").StringToSign();

        Assert.Contains("\nMessageId\ne288882d-4281-5be4-8fde-dccc11c8cb01\nSubject\nALARM: \"bucketbytesAlarm\" in EU (Ireland)\nTimestamp\n2019-02-15T23:53:45.134Z\nTopicArn\narn:aws:sns:eu-west-1:1234567890:alerta-test\nType\nNotification\n", text, StringComparison.Ordinal);
        Assert.StartsWith("Message\n{\"AlarmName\":\"bucketbytesAlarm\",", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SubscribeURL", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SigningCertURL", text, StringComparison.Ordinal);
    }

    [Fact]
    public void StringToSign_NotificationWithoutSubject_LeavesSubjectOut()
    {
        var body = TestPayloads.Bytes("Fixtures", "alerts", "aws_sns_cloudwatch_alarm.json");
        var withoutSubject = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(body).Replace("\"Subject\": \"ALARM: \\\"bucketbytesAlarm\\\" in EU (Ireland)\",", "", StringComparison.Ordinal));

        var (text, missing) = SnsMessage.Read(withoutSubject).Message!.StringToSign();

        Assert.Null(missing);
        Assert.Contains("\nMessageId\ne288882d-4281-5be4-8fde-dccc11c8cb01\nTimestamp\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void StringToSign_ConfirmationWithoutToken_NamesIt()
    {
        var body = TestPayloads.Bytes("Fixtures", "alerts", "aws_sns_subscription_confirmation.json");
        var node = System.Text.Json.Nodes.JsonNode.Parse(body)!.AsObject();
        node.Remove("Token");

        var (text, missing) = SnsMessage.Read(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(node)).Message!.StringToSign();

        Assert.Null(text);
        Assert.Equal("Token", missing);
    }

    private static SnsMessage Read(string fixture) => SnsMessage.Read(TestPayloads.Bytes("Fixtures", "alerts", fixture)).Message!;
}
