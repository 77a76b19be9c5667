using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>Slack's worked example of request signing (<c>http/signature_test_vector.json</c>), and signing of other bodies with its secret.</summary>
internal static class SignatureVector
{
    private static readonly JsonElement Vector = Fixture.Json("http/signature_test_vector.json");

    public static string Secret => Vector.GetProperty("signing_secret").GetString()!;

    public static string Timestamp => Vector.GetProperty("headers").GetProperty("X-Slack-Request-Timestamp").GetString()!;

    public static string Signature => Vector.GetProperty("expected_signature").GetString()!;

    public static string Body => Vector.GetProperty("body").GetString()!;

    public static DateTimeOffset Now => DateTimeOffset.FromUnixTimeSeconds(Vector.GetProperty("mock_now_unix").GetInt64());

    /// <summary>What Slack would send as <c>X-Slack-Signature</c> for a body at a time, computed here independently.</summary>
    public static string Sign(string body, string timestamp, string secret = "")
    {
        var key = Encoding.UTF8.GetBytes(secret.Length == 0 ? Secret : secret);
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
    }
}
