namespace IncidentBot.Core.Chat;

/// <summary>A message of an incident channel as captured: the conversation the postmortem is drafted from.</summary>
public sealed class TranscriptMessage
{
    /// <summary><c>channelId/messageId</c>: unique per platform message.</summary>
    public string Id { get; set; } = "";

    public int IncidentNumber { get; set; }

    public string ChannelId { get; set; } = "";

    public string MessageId { get; set; } = "";

    /// <summary>Person id of the author; <c>null</c> for the bot.</summary>
    public string? AuthorId { get; set; }

    public string AuthorName { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public DateTimeOffset? EditedAt { get; set; }

    public bool Deleted { get; set; }

    public string? Permalink { get; set; }

    public bool FromBot => AuthorId is null;

    public static string IdOf(string channelId, string messageId) => $"{channelId}/{messageId}";
}
