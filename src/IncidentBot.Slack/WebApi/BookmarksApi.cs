using System.Text.Json.Nodes;

namespace IncidentBot.Slack.WebApi;

/// <summary><see href="https://docs.slack.dev/reference/methods/bookmarks.add">bookmarks.add</see>, for link bookmarks.</summary>
public sealed class BookmarksApi(SlackApiTransport transport)
{
    public static readonly SlackMethod AddMethod = new("bookmarks.add");

    public async Task AddAsync(string channelId, string title, Uri link, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(title);
        ArgumentNullException.ThrowIfNull(link);
        var arguments = new JsonObject { ["channel_id"] = channelId, ["title"] = title, ["type"] = "link", ["link"] = link.AbsoluteUri };
        await transport.CallAsync(AddMethod, arguments, cancellationToken).ConfigureAwait(false);
    }
}
