using System.Globalization;

namespace IncidentBot.Benchmarks.Storm;

/// <summary>
/// What one round of alerts measured, from the alert's sending to the fake Slack receiving the call: the
/// channel's <c>conversations.create</c> and the first <c>chat.postMessage</c> carrying the incident's page.
/// </summary>
public sealed record StormRound(
    int Incidents,
    IReadOnlyList<TimeSpan> ToChannel,
    IReadOnlyList<TimeSpan> ToPage,
    TimeSpan SendingTook,
    TimeSpan LastPageAfterFirstAlert,
    int PageMessages,
    string LoadAverage)
{
    public bool Complete => ToPage.Count == Incidents && ToChannel.Count == Incidents;

    public TimeSpan ChannelP50 => Percentile.Of(ToChannel, 50);

    public TimeSpan ChannelP99 => Percentile.Of(ToChannel, 99);

    public TimeSpan PageP50 => Percentile.Of(ToPage, 50);

    public TimeSpan PageP99 => Percentile.Of(ToPage, 99);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Incidents} incidents (sent in {SendingTook.TotalSeconds:F1} s): channel p50 {ChannelP50.TotalSeconds:F2} s p99 {ChannelP99.TotalSeconds:F2} s ({ToChannel.Count} opened); " +
        $"page p50 {PageP50.TotalSeconds:F2} s p99 {PageP99.TotalSeconds:F2} s ({ToPage.Count} paged in {PageMessages} messages, the last {LastPageAfterFirstAlert.TotalSeconds:F1} s after the first alert); load {LoadAverage}");
}
