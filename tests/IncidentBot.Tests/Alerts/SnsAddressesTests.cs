using IncidentBot.Alerts;

namespace IncidentBot.Tests.Alerts;

/// <summary>Only Amazon SNS's own https addresses are ever opened for a certificate or a subscription.</summary>
public sealed class SnsAddressesTests
{
    [Theory]
    [InlineData("https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-6aad65c2f9911b05cd53efda11f913f9.pem", true)]
    [InlineData("https://sns.us-gov-west-1.amazonaws.com/SimpleNotificationService-0.pem", true)]
    [InlineData("http://sns.eu-west-1.amazonaws.com/SimpleNotificationService-0.pem", false)]
    [InlineData("https://sns.eu-west-1.amazonaws.com:8443/SimpleNotificationService-0.pem", false)]
    [InlineData("https://sns.eu-west-1.amazonaws.com.attacker.example/SimpleNotificationService-0.pem", false)]
    [InlineData("https://attacker.example/sns.eu-west-1.amazonaws.com/SimpleNotificationService-0.pem", false)]
    [InlineData("https://user@sns.eu-west-1.amazonaws.com/SimpleNotificationService-0.pem", false)]
    [InlineData("https://s3.eu-west-1.amazonaws.com/SimpleNotificationService-0.pem", false)]
    [InlineData("https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-0.txt", false)]
    [InlineData("https://sns.eu-west-1.amazonaws.com/cert.pem?redirect=https://attacker.example", false)]
    [InlineData("/SimpleNotificationService-0.pem", false)]
    [InlineData("", false)]
    public void IsSigningCertificate_OnlyHttpsOnAnSnsHost(string url, bool expected) =>
        Assert.Equal(expected, SnsAddresses.IsSigningCertificate(url));

    [Theory]
    [InlineData("https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:eu-west-1:1234567890:alerta-test&Token=2336", true)]
    [InlineData("https://attacker.example/?Action=ConfirmSubscription", false)]
    [InlineData("http://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription", false)]
    [InlineData("https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe", false)]
    public void IsSubscribeUrl_OnlyAConfirmationOnAnSnsHost(string url, bool expected) =>
        Assert.Equal(expected, SnsAddresses.IsSubscribeUrl(url));
}
