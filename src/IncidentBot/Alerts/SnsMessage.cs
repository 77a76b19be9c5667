using System.Text;
using System.Text.Json;

namespace IncidentBot.Alerts;

/// <summary>
/// The fields of an Amazon SNS HTTP(S) message that its signature covers, read from the body as sent, and the
/// string SNS signed: each name and its value on a line of their own, in byte order of the names, with
/// <c>Subject</c> only when the message has one (Notification) or <c>SubscribeURL</c> and <c>Token</c>
/// (SubscriptionConfirmation, UnsubscribeConfirmation).
/// </summary>
/// <seealso href="https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message-verify-message-signature.html"/>
public sealed class SnsMessage
{
    public const string Notification = "Notification";
    public const string SubscriptionConfirmation = "SubscriptionConfirmation";
    public const string UnsubscribeConfirmation = "UnsubscribeConfirmation";

    private static readonly string[] NotificationFields = ["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"];
    private static readonly string[] ConfirmationFields = ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"];

    private readonly Dictionary<string, string> _fields;

    private SnsMessage(Dictionary<string, string> fields) => _fields = fields;

    public string Type => _fields["Type"];

    public string? TopicArn => Field("TopicArn");

    public string? SignatureVersion => Field("SignatureVersion");

    public string? Signature => Field("Signature");

    public string? SigningCertUrl => Field("SigningCertURL");

    public string? SubscribeUrl => Field("SubscribeURL");

    /// <summary>The message, or why the body is not one (a reason that names what is missing).</summary>
    public static (SnsMessage? Message, string? Error) Read(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "body is not an Amazon SNS message (not a JSON object)");
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
            {
                fields[property.Name] = property.Value.GetString()!;
            }

            return fields.ContainsKey("Type") ? (new SnsMessage(fields), null) : (null, "missing field 'Type': body is not an Amazon SNS message");
        }
        catch (JsonException exception)
        {
            return (null, $"body is not JSON: {exception.Message}");
        }
        catch (InvalidOperationException)
        {
            return (null, "body holds text that is not valid UTF-8");
        }
    }

    /// <summary>The string SNS signed, or the name of a field it needs that the message lacks.</summary>
    public (string? Text, string? Missing) StringToSign()
    {
        var confirmation = Type is SubscriptionConfirmation or UnsubscribeConfirmation;
        var text = new StringBuilder();
        foreach (var name in confirmation ? ConfirmationFields : NotificationFields)
        {
            if (Field(name) is not { } value)
            {
                if (name == "Subject" && !confirmation)
                {
                    continue;
                }

                return (null, name);
            }

            text.Append(name).Append('\n').Append(value).Append('\n');
        }

        return (text.ToString(), null);
    }

    private string? Field(string name) => _fields.GetValueOrDefault(name);
}
