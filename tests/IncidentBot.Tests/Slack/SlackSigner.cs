using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IncidentBot.Tests.Slack;

/// <summary>Signs requests the way Slack does (v0 HMAC-SHA256 of <c>v0:{timestamp}:{body}</c>).</summary>
public static class SlackSigner
{
    public static HttpRequestMessage Signed(string path, string body, string contentType, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return request;
    }
}
