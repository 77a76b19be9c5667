using System.Net;
using IncidentBot.Alerts;
using IncidentBot.Local;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Alerts;

/// <summary>
/// CloudWatch alarms through Amazon SNS, end to end: the real messages signed again with the tests' key (SNS
/// signature versions 1 and 2), its certificate served by a fake; the bot trusts nothing before the signature verifies.
/// </summary>
public sealed class CloudWatchEndpointTests : AlertSourceTest, IDisposable
{
    private const string Topic = "arn:aws:sns:eu-west-1:1234567890:alerta-test";
    private const string Alarm = "aws_sns_cloudwatch_alarm.json";
    private const string InsufficientData = "aws_sns_cloudwatch_insufficient_data.json";
    private const string Confirmation = "aws_sns_subscription_confirmation.json";

    private readonly SnsTestSigner _signer = new();
    private readonly FakeSnsCertificateFetcher _certificates;
    private readonly FakeSnsSubscriptionConfirmer _confirmer = new();

    public CloudWatchEndpointTests()
    {
        _certificates = new FakeSnsCertificateFetcher(_signer.CertificatePem);
        Bot.Settings["Alerts:cloudwatch:TopicArns:0"] = Topic;
        Bot.TestServices = services =>
        {
            services.AddSingleton<ISnsCertificateFetcher>(_certificates);
            services.AddSingleton<ISnsSubscriptionConfirmer>(_confirmer);
        };
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public async Task Post_AlarmThenOk_OpensTheIncidentThenMitigatesIt(string signatureVersion)
    {
        var alarm = await SnsAsync(_signer.Sign(Fixture(Alarm), signatureVersion));
        var ok = await SnsAsync(_signer.Sign(WithState(Alarm, "ALARM", "OK"), signatureVersion));

        Assert.Equal(HttpStatusCode.Accepted, alarm.StatusCode);
        Assert.Equal(1, Opened(await JsonOf(alarm)));
        Assert.Equal(1, Updated(await JsonOf(ok)));
        var incident = await WaitForAsync(1, i => i.GetProperty("status").GetString() == "mitigated");
        Assert.Equal("bucketbytesAlarm", incident.GetProperty("title").GetString());
        Assert.Equal("AWS/S3", incident.GetProperty("service").GetString());
        Assert.Equal([SnsTestSigner.CertificateUrl], _certificates.Fetched.Select(u => u.ToString()));
    }

    [Fact]
    public async Task Post_InsufficientData_IsWrittenOnTheOpenIncidentWithoutResolvingIt()
    {
        await SnsAsync(_signer.Sign(WithState(InsufficientData, "INSUFFICIENT_DATA", "ALARM")));

        var insufficient = await SnsAsync(_signer.Sign(Fixture(InsufficientData)));

        Assert.Equal(1, Updated(await JsonOf(insufficient)));
        var incident = await WaitForAsync(1, i => Kinds(i).Contains("alert-unknown"));
        Assert.Equal("triggered", incident.GetProperty("status").GetString());
        Assert.DoesNotContain("alert-resolved", Kinds(incident));
    }

    [Fact]
    public async Task Post_InsufficientDataWithNoIncident_OpensNothing()
    {
        var response = await SnsAsync(_signer.Sign(Fixture(InsufficientData)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, (await JsonOf(response)).GetProperty("ignored").GetInt32());
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task Post_SubscriptionConfirmation_OpensTheSubscribeUrlAndRecordsNothing()
    {
        var response = await SnsAsync(_signer.Sign(Fixture(Confirmation)), "SubscriptionConfirmation");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("confirmed", (await JsonOf(response)).GetProperty("subscription").GetString());
        var opened = Assert.Single(_confirmer.Opened);
        Assert.StartsWith("https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:eu-west-1:1234567890:alerta-test&Token=2336412f", opened.OriginalString, StringComparison.Ordinal);
        Assert.Contains(Bot.Workspace.MessagesSeenBy(LocalWorkspace.IncidentsChannelId, null), m => m.Text.Contains($"`{Topic}` is subscribed", StringComparison.Ordinal));
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task Post_SubscriptionConfirmationWithConfirmingOff_AnswersTheUrlToOpenByHand()
    {
        await using var bot = new Host.BotFactory { TestServices = Bot.TestServices };
        bot.Settings["Alerts:cloudwatch:TopicArns:0"] = Topic;
        bot.Settings["Alerts:cloudwatch:ConfirmSubscriptions"] = "false";
        using var client = bot.CreateClient();

        var response = await PostAsync(client, "/alerts/cloudwatch", _signer.Sign(Fixture(Confirmation)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await JsonOf(response);
        Assert.Equal("pending", answer.GetProperty("subscription").GetString());
        var url = answer.GetProperty("confirmByOpening").GetString()!;
        Assert.StartsWith("https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription", url, StringComparison.Ordinal);
        Assert.Contains(bot.Workspace.MessagesSeenBy(LocalWorkspace.IncidentsChannelId, null), m => m.Text.EndsWith($"open {url}", StringComparison.Ordinal));
        Assert.Empty(_confirmer.Opened);
    }

    [Fact]
    public async Task Post_SubscribeUrlOffAnSnsHost_IsNotOpened()
    {
        var body = _signer.Sign(Fixture(Confirmation, p => p["SubscribeURL"] = "https://attacker.example.com/?Action=ConfirmSubscription"));

        var response = await SnsAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_confirmer.Opened);
    }

    [Fact]
    public async Task Post_TheRealAmazonSignature_DoesNotVerifyAgainstAnotherKey()
    {
        var response = await SnsAsync(Fixture(Alarm));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("signature does not match", await ErrorOf(response), StringComparison.Ordinal);
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task Post_AlteredAfterSigning_Returns401AndRecordsNothing()
    {
        var forged = _signer.Sign(Fixture(Alarm), afterSigning: p => p["Message"] = p["Message"]!.GetValue<string>().Replace("bucketbytesAlarm", "anotherAlarm", StringComparison.Ordinal));

        var response = await SnsAsync(forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task Post_Unsigned_Returns401WithoutFetchingAnything()
    {
        var response = await SnsAsync(Fixture(Alarm, p => p.Remove("Signature")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not signed", await ErrorOf(response), StringComparison.Ordinal);
        Assert.Empty(_certificates.Fetched);
    }

    [Theory]
    [InlineData("https://attacker.example.com/SimpleNotificationService-0.pem")]
    [InlineData("https://sns.eu-west-1.amazonaws.com.attacker.example.com/SimpleNotificationService-0.pem")]
    [InlineData("http://sns.eu-west-1.amazonaws.com/SimpleNotificationService-0.pem")]
    [InlineData("https://sns.eu-west-1.amazonaws.com@attacker.example.com/SimpleNotificationService-0.pem")]
    public async Task Post_SigningCertificateOffAnSnsHost_Returns401WithoutFetchingIt(string certificateUrl)
    {
        var response = await SnsAsync(_signer.Sign(Fixture(Alarm), certificateUrl: certificateUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("SigningCertURL", await ErrorOf(response), StringComparison.Ordinal);
        Assert.Empty(_certificates.Fetched);
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task Post_UnknownSignatureVersion_Returns401()
    {
        var response = await SnsAsync(_signer.Sign(Fixture(Alarm), afterSigning: p => p["SignatureVersion"] = "3"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("SignatureVersion", await ErrorOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FromATopicNotConfigured_Returns403WithoutFetchingAnything()
    {
        var body = _signer.Sign(Fixture(Alarm, p => p["TopicArn"] = "arn:aws:sns:eu-west-1:999999999999:someone-elses"));

        var response = await SnsAsync(body);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_certificates.Fetched);
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task Post_NotAnSnsMessage_Returns400NamingType()
    {
        var response = await SnsAsync(Fixture("aws_sns_cloudwatch_alarm.json", p => p.Remove("Type")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'Type'", await ErrorOf(response), StringComparison.Ordinal);
    }

    public void Dispose() => _signer.Dispose();

    private Task<HttpResponseMessage> SnsAsync(byte[] body, string messageType = "Notification") =>
        PostAsync("/alerts/cloudwatch", body, request =>
        {
            request.Headers.Add(CloudWatchGate.MessageTypeHeader, messageType);
            request.Content!.Headers.ContentType = new("text/plain") { CharSet = "UTF-8" };
        });

    private static byte[] WithState(string fixture, string from, string to) => Fixture(fixture, p =>
        p["Message"] = p["Message"]!.GetValue<string>().Replace($"\"NewStateValue\":\"{from}\"", $"\"NewStateValue\":\"{to}\"", StringComparison.Ordinal));
}
