using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IncidentBot.Slack.Inbound;

/// <summary>
/// Slack's message timestamps (<c>ts</c>, <c>event_ts</c>): Unix seconds, a dot and six digits of
/// microseconds, e.g. <c>1610261659.001400</c> (https://docs.slack.dev/messaging/retrieving-messages).
/// A <c>ts</c> is also the message's id in its channel.
/// </summary>
public static class SlackTimestamp
{
    private const int MicrosecondDigits = 6;
    private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds() - 1;

    /// <summary>The instant a <c>ts</c> names, to the microsecond; false when it is not a Slack timestamp.</summary>
    public static bool TryParse([NotNullWhen(true)] string? ts, out DateTimeOffset at)
    {
        at = default;
        if (string.IsNullOrEmpty(ts))
        {
            return false;
        }

        var dot = ts.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? ts : ts[..dot];
        var fraction = dot < 0 ? "" : ts[(dot + 1)..];
        if (!long.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > MaxSeconds
            || fraction.Length > MicrosecondDigits || (dot >= 0 && fraction.Length == 0)
            || !int.TryParse(fraction.PadRight(MicrosecondDigits, '0'), NumberStyles.None, CultureInfo.InvariantCulture, out var microseconds))
        {
            return false;
        }

        at = DateTimeOffset.FromUnixTimeSeconds(seconds).AddTicks(microseconds * TimeSpan.TicksPerMicrosecond);
        return true;
    }
}
