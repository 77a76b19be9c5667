namespace IncidentBot.Slack.Outbound;

/// <summary>
/// A message's permalink as Slack gives them (<c>https://&lt;workspace&gt;.slack.com/archives/&lt;channel&gt;/p&lt;ts
/// without its dot&gt;</c>, as in the <c>pins.list</c> example of Slack's OpenAPI spec), from the workspace address
/// <c>auth.test</c> gave. Drafting a postmortem links every message it quotes; one <c>chat.getPermalink</c> call per
/// message, under the incident's lock, made a long incident's draft hold up its commands while Slack rate-limited it.
/// </summary>
public static class SlackPermalink
{
    public static Uri Of(Uri workspaceUrl, string channelId, string ts)
    {
        ArgumentNullException.ThrowIfNull(workspaceUrl);
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(ts);
        var root = workspaceUrl.AbsoluteUri.EndsWith('/') ? workspaceUrl : new Uri(workspaceUrl.AbsoluteUri + "/");
        return new Uri(root, $"archives/{Uri.EscapeDataString(channelId)}/p{ts.Replace(".", "", StringComparison.Ordinal)}");
    }
}
