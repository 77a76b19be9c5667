using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IncidentBot.Benchmarks.Notes;

/// <summary>
/// <c>/incident note …</c> as Slack sends it: a form body signed with v0 HMAC-SHA256, a fresh text and trigger id each
/// time (Slack's are unique per request; the bot refuses a signature it has seen, as a replay).
/// </summary>
public sealed class SignedNotes(string signingSecret, string channelId, string userId)
{
    private long _sequence;
    private long _triggers;

    public long Sent => Interlocked.Read(ref _sequence);

    /// <summary>The next note, numbered.</summary>
    public HttpRequestMessage Next() =>
        Signed($"note load note {Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture)}: p99 still above target on checkout");

    /// <summary>
    /// <c>/incident note</c> without text: signed, parsed and routed to the incident like a note, answered with the
    /// command's usage, nothing stored. The difference between it and a note is what storing and delivering costs.
    /// </summary>
    public HttpRequestMessage Empty() => Signed("note");

    /// <summary>Any other <c>/incident</c> subcommand, signed the same way.</summary>
    public HttpRequestMessage Command(string text) => Signed(text);

    private HttpRequestMessage Signed(string text)
    {
        var trigger = Interlocked.Increment(ref _triggers).ToString(CultureInfo.InvariantCulture);
        var body = string.Join('&', new Dictionary<string, string>
        {
            ["token"] = "legacy", ["team_id"] = "T00000001", ["team_domain"] = "fake", ["channel_id"] = channelId,
            ["channel_name"] = "incident", ["user_id"] = userId, ["user_name"] = "ada", ["command"] = "/incident",
            ["text"] = text,
            ["response_url"] = "https://hooks.slack.example/commands/1", ["trigger_id"] = $"1.2.{trigger}",
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return request;
    }
}
