using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentBot.Tests.Alerts;

/// <summary>
/// Signs SNS messages as Amazon SNS does, with a key of the tests' own: the string to sign written out here from
/// AWS's documentation (each name and value on a line, names in byte order; Subject only when present for a
/// Notification; SubscribeURL and Token for confirmations), independently of the bot's code.
/// </summary>
public sealed class SnsTestSigner : IDisposable
{
    public const string CertificateUrl = "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-tests0000000000000000000000.pem";

    private readonly RSA _key = RSA.Create(2048);

    public SnsTestSigner()
    {
        var request = new CertificateRequest("CN=sns.amazonaws.com", _key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        CertificatePem = certificate.ExportCertificatePem();
    }

    public string CertificatePem { get; }

    /// <summary>The message with <c>SignatureVersion</c>, <c>Signature</c> and <c>SigningCertURL</c> set as SNS would.</summary>
    public byte[] Sign(byte[] message, string version = "1", string certificateUrl = CertificateUrl, Action<JsonObject>? afterSigning = null)
    {
        var payload = JsonNode.Parse(message)!.AsObject();
        var confirmation = payload["Type"]!.GetValue<string>() is "SubscriptionConfirmation" or "UnsubscribeConfirmation";
        string[] names = confirmation
            ? ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"]
            : ["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"];
        var text = new StringBuilder();
        foreach (var name in names.Where(name => payload[name] is not null))
        {
            text.Append(name).Append('\n').Append(payload[name]!.GetValue<string>()).Append('\n');
        }

        var hash = version == "1" ? HashAlgorithmName.SHA1 : HashAlgorithmName.SHA256;
        payload["SignatureVersion"] = version;
        payload["Signature"] = Convert.ToBase64String(_key.SignData(Encoding.UTF8.GetBytes(text.ToString()), hash, RSASignaturePadding.Pkcs1));
        payload["SigningCertURL"] = certificateUrl;
        afterSigning?.Invoke(payload);
        return JsonSerializer.SerializeToUtf8Bytes(payload);
    }

    public void Dispose() => _key.Dispose();
}
