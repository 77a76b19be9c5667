namespace IncidentBot.Teams.Outbound;

/// <summary>
/// Links that open a message in Teams (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-teams#deep-link-to-a-chat-or-channel-message):
/// <c>https://teams.microsoft.com/l/message/{conversation}/{message}</c>, with the thread's first message as
/// <c>parentMessageId</c> for a reply in a thread, and the tenant when known.
/// </summary>
public static class TeamsPermalink
{
    public static Uri Of(string conversationId, string messageId, string? tenantId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        var channel = TeamsAddressBook.ChannelOf(conversationId);
        var query = new List<string>();
        if (channel.Length < conversationId.Length)
        {
            query.Add("parentMessageId=" + Uri.EscapeDataString(conversationId[(channel.Length + ";messageid=".Length)..]));
        }

        if (!string.IsNullOrEmpty(tenantId))
        {
            query.Add("tenantId=" + Uri.EscapeDataString(tenantId));
        }

        var link = $"https://teams.microsoft.com/l/message/{Uri.EscapeDataString(channel)}/{Uri.EscapeDataString(messageId)}";
        return new Uri(query.Count == 0 ? link : $"{link}?{string.Join('&', query)}");
    }
}
