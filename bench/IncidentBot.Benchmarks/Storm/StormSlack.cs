using System.Globalization;
using System.Text.RegularExpressions;
using IncidentBot.Slack.Testing;

namespace IncidentBot.Benchmarks.Storm;

/// <summary>Reads the fake Slack's record: when each incident's channel was created and its page first posted.</summary>
public static partial class StormSlack
{
    /// <summary>When <c>conversations.create</c> for <c>inc-&lt;n&gt;-…</c> first arrived, per incident number.</summary>
    public static Dictionary<int, DateTimeOffset> ChannelsCreated(FakeSlackServer slack) =>
        slack.CallsTo("conversations.create")
            .Select(call => (Match: ChannelName().Match(call.Arg("name") ?? ""), call.At))
            .Where(c => c.Match.Success)
            .GroupBy(c => Number(c.Match))
            .ToDictionary(g => g.Key, g => g.Min(c => c.At));

    /// <summary>When a <c>chat.postMessage</c> to <paramref name="userId"/> first carried each incident's page, and how many messages carried pages.</summary>
    public static (Dictionary<int, DateTimeOffset> Paged, int Messages) PagesTo(FakeSlackServer slack, string userId)
    {
        var paged = new Dictionary<int, DateTimeOffset>();
        var messages = 0;
        foreach (var call in slack.CallsTo("chat.postMessage").Where(c => c.Arg("channel") == userId))
        {
            var pages = Page().Matches(call.Arg("text") ?? "");
            messages += pages.Count > 0 ? 1 : 0;
            foreach (Match page in pages)
            {
                paged.TryAdd(Number(page), call.At);
            }
        }

        return (paged, messages);
    }

    private static int Number(Match match) => int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^inc-(?<n>\d+)-")]
    private static partial Regex ChannelName();

    [GeneratedRegex(@"paged for INC-(?<n>\d+):")]
    private static partial Regex Page();
}
