using System.Text;
using IncidentBot.Slack.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>Request signing as Slack documents it, checked against Slack's own worked example.</summary>
public sealed class SlackSignatureVerifierTests
{
    [Fact]
    public void Verify_OfficialTestVector_IsValid()
    {
        var result = Verifier().Verify(SignatureVector.Timestamp, SignatureVector.Signature, Body());

        Assert.Equal(SlackSignatureResult.Valid, result);
    }

    [Fact]
    public void Verify_OfficialTestVectorAsHeaders_IsValid()
    {
        var headers = new HeaderDictionary
        {
            [SlackSignatureVerifier.TimestampHeader] = SignatureVector.Timestamp,
            [SlackSignatureVerifier.SignatureHeader] = SignatureVector.Signature,
        };

        Assert.True(Verifier().Verify(headers, Body()).IsValid);
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void Verify_ClockFiveMinutesAwayEitherWay_IsStillValid(int seconds)
    {
        Assert.True(Verifier(seconds).Verify(SignatureVector.Timestamp, SignatureVector.Signature, Body()).IsValid);
    }

    [Theory]
    [InlineData(301, "old")]
    [InlineData(3600, "old")]
    [InlineData(-301, "ahead")]
    [InlineData(-3600, "ahead")]
    public void Verify_TimestampMoreThanFiveMinutesAway_IsRefusedAsReplay(int clockAheadBySeconds, string why)
    {
        var result = Verifier(clockAheadBySeconds).Verify(SignatureVector.Timestamp, SignatureVector.Signature, Body());

        Assert.False(result.IsValid);
        Assert.Equal($"X-Slack-Request-Timestamp is more than 5 minutes {why}", result.Reason);
    }

    [Fact]
    public void Verify_TamperedBody_IsRefused()
    {
        var tampered = Body(SignatureVector.Body.Replace("user_name=roadrunner", "user_name=coyote", StringComparison.Ordinal));

        var result = Verifier().Verify(SignatureVector.Timestamp, SignatureVector.Signature, tampered);

        Assert.Equal(SlackSignatureResult.Invalid("X-Slack-Signature does not match the body"), result);
    }

    [Fact]
    public void Verify_SignedWithAnotherSecret_IsRefused()
    {
        var signature = SignatureVector.Sign(SignatureVector.Body, SignatureVector.Timestamp, "another-secret");

        Assert.False(Verifier().Verify(SignatureVector.Timestamp, signature, Body()).IsValid);
    }

    [Fact]
    public void Verify_TimestampChangedWithTheSameSignature_IsRefused()
    {
        var result = Verifier().Verify("1531420619", SignatureVector.Signature, Body());

        Assert.Equal("X-Slack-Signature does not match the body", result.Reason);
    }

    [Theory]
    [InlineData(null, "v0=abc", "missing X-Slack-Request-Timestamp header")]
    [InlineData("", "v0=abc", "missing X-Slack-Request-Timestamp header")]
    [InlineData("1531420618", null, "missing X-Slack-Signature header")]
    [InlineData("1531420618", "", "missing X-Slack-Signature header")]
    [InlineData("yesterday", "v0=abc", "X-Slack-Request-Timestamp is not a Unix time in seconds")]
    [InlineData("1531420618.5", "v0=abc", "X-Slack-Request-Timestamp is not a Unix time in seconds")]
    [InlineData("-1531420618", "v0=abc", "X-Slack-Request-Timestamp is not a Unix time in seconds")]
    [InlineData(" 1531420618", "v0=abc", "X-Slack-Request-Timestamp is not a Unix time in seconds")]
    [InlineData("99999999999999999999", "v0=abc", "X-Slack-Request-Timestamp is not a Unix time in seconds")]
    public void Verify_MissingOrGarbledTimestamp_IsRefusedSayingWhich(string? timestamp, string? signature, string reason)
    {
        Assert.Equal(SlackSignatureResult.Invalid(reason), Verifier().Verify(timestamp, signature, Body()));
    }

    [Theory]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b50300")]
    [InlineData("v0=z2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503,v0=00")]
    public void Verify_GarbledSignature_IsRefused(string signature)
    {
        var result = Verifier().Verify(SignatureVector.Timestamp, signature, Body());

        Assert.Equal(SlackSignatureResult.Invalid("X-Slack-Signature is not a v0= signature"), result);
    }

    [Fact]
    public void Verify_HeaderSentTwice_IsRefused()
    {
        var headers = new HeaderDictionary
        {
            [SlackSignatureVerifier.TimestampHeader] = SignatureVector.Timestamp,
            [SlackSignatureVerifier.SignatureHeader] = new(["v0=00", SignatureVector.Signature]),
        };

        Assert.False(Verifier().Verify(headers, Body()).IsValid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Verify_NoSigningSecretConfigured_RefusesEvenASignedRequest(string? secret)
    {
        var verifier = new SlackSignatureVerifier(Options.Create(new SlackOptions { SigningSecret = secret }), new FakeTimeProvider(SignatureVector.Now));

        var result = verifier.Verify(SignatureVector.Timestamp, SignatureVector.Signature, Body());

        Assert.Equal(SlackSignatureResult.Invalid("no Slack signing secret is configured, so no request is accepted"), result);
    }

    [Theory]
    [InlineData("v0=0000000000000000000000000000000000000000000000000000000000000000", 0)]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", 301)]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", -301)]
    public void Verify_AnyRefusal_NamesNeitherTheSecretNorTheExpectedSignature(string signature, int clockAheadBySeconds)
    {
        var reason = Verifier(clockAheadBySeconds).Verify(SignatureVector.Timestamp, signature, Body("tampered")).Reason!;

        Assert.DoesNotContain(SignatureVector.Secret, reason, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(SignatureVector.Signature[3..], reason, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A verifier with the vector's secret whose clock is that far from the vector's time.</summary>
    private static SlackSignatureVerifier Verifier(int clockAheadBySeconds = 0) =>
        new(
            Options.Create(new SlackOptions { BotToken = "xoxb-test", SigningSecret = SignatureVector.Secret }),
            new FakeTimeProvider(SignatureVector.Now.AddSeconds(clockAheadBySeconds)));

    private static byte[] Body(string? body = null) => Encoding.UTF8.GetBytes(body ?? SignatureVector.Body);
}
