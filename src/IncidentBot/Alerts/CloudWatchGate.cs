using System.Security.Cryptography;
using IncidentBot.Core.Alerts;
using IncidentBot.Endpoints;
using Microsoft.Extensions.Options;

namespace IncidentBot.Alerts;

/// <summary>
/// The gate of CloudWatch alarms through Amazon SNS. Nothing in a message is trusted before its signature
/// verifies: the topic must be one of <see cref="CloudWatchOptions.TopicArns"/> (checked first, so a stranger's
/// topic costs no fetch), the certificate comes only from an SNS host (<see cref="SnsAddresses"/>), and the
/// signature must match the string SNS signed (<see cref="SnsMessage"/>, <see cref="SnsSignature"/>).
/// A verified <c>Notification</c> goes on to the parser; a verified <c>SubscriptionConfirmation</c> is confirmed
/// (<see cref="SnsSubscriptions"/>) and an <c>UnsubscribeConfirmation</c> logged, neither recorded on any incident.
/// </summary>
/// <seealso href="https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html"/>
public sealed class CloudWatchGate(IOptions<CloudWatchOptions> options, SnsCertificates certificates, SnsSubscriptions subscriptions) : IAlertSourceGate
{
    public const string MessageTypeHeader = "x-amz-sns-message-type";

    private readonly CloudWatchOptions _options = options.Value;

    public string Source => CloudWatchParser.SourceName;

    public string? Unconfigured => _options.TopicArns.Count == 0 ? $"set {CloudWatchOptions.SectionName}:TopicArns" : null;

    public async Task<IResult?> AdmitAsync(HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (message, error) = SnsMessage.Read(body);
        if (message is null)
        {
            return RawBody.Problem(StatusCodes.Status400BadRequest, error!);
        }

        if (await VerifyAsync(request, message, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            return refusal;
        }

        return message.Type switch
        {
            SnsMessage.Notification => null,
            SnsMessage.SubscriptionConfirmation => await subscriptions.ConfirmAsync(message, _options.ConfirmSubscriptions, cancellationToken).ConfigureAwait(false),
            SnsMessage.UnsubscribeConfirmation => subscriptions.Unsubscribed(message),
            _ => RawBody.Problem(StatusCodes.Status400BadRequest, $"unknown SNS message 'Type' '{message.Type}'"),
        };
    }

    private async Task<IResult?> VerifyAsync(HttpRequest request, SnsMessage message, CancellationToken cancellationToken)
    {
        if (request.Headers[MessageTypeHeader].ToString() is { Length: > 0 } headerType && headerType != message.Type)
        {
            return RawBody.Problem(StatusCodes.Status400BadRequest, $"the {MessageTypeHeader} header says '{headerType}' but the body's 'Type' is '{message.Type}'");
        }

        if (message.TopicArn is not { } topic || !_options.TopicArns.Contains(topic, StringComparer.Ordinal))
        {
            return RawBody.Problem(StatusCodes.Status403Forbidden, $"the topic '{message.TopicArn}' is not one of {CloudWatchOptions.SectionName}:TopicArns");
        }

        if (message.Signature is not { Length: > 0 } signature || message.SigningCertUrl is not { } certificateUrl)
        {
            return Unauthorized("the message is not signed (missing 'Signature' or 'SigningCertURL')");
        }

        if (SnsSignature.HashOf(message.SignatureVersion) is not { } hash)
        {
            return Unauthorized($"unsupported 'SignatureVersion' '{message.SignatureVersion}'; expected '1' or '2'");
        }

        if (!SnsAddresses.IsSigningCertificate(certificateUrl))
        {
            return Unauthorized("'SigningCertURL' is not an https address on an Amazon SNS host (sns.<region>.amazonaws.com)");
        }

        var (stringToSign, missing) = message.StringToSign();
        if (stringToSign is null)
        {
            return RawBody.Problem(StatusCodes.Status400BadRequest, $"missing field '{missing}' of a signed SNS {message.Type}");
        }

        byte[] key;
        try
        {
            key = await certificates.KeyAsync(certificateUrl, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or CryptographicException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // SNS retries a delivery that fails: the certificate may be reachable then.
            return RawBody.Problem(StatusCodes.Status503ServiceUnavailable, $"the signing certificate could not be read, so the message cannot be verified: {exception.Message}");
        }

        return SnsSignature.Verifies(key, stringToSign, signature, hash) ? null : Unauthorized("the SNS signature does not match the message");
    }

    private static IResult Unauthorized(string reason) => RawBody.Problem(StatusCodes.Status401Unauthorized, reason);
}
