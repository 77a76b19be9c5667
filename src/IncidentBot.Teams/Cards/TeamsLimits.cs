using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentBot.Teams.Cards;

/// <summary>
/// What Teams accepts in one message, so <see cref="AdaptiveCardRenderer"/> builds every card within it. Teams
/// limits a channel post to "approximately 28 KB per post" (Microsoft Teams limits and specifications, Chat:
/// https://learn.microsoft.com/microsoftteams/limits-specifications-teams#chat), the same figure the Teams connector
/// fails at with "Request Entity too large" (https://learn.microsoft.com/connectors/teams/#known-issues-and-limitations),
/// counted over the payload encoded as UTF-16 (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages);
/// a bot message over the limit is refused for good with 413 <c>MessageSizeTooBig</c>. The bot docs now name 100 KB
/// for bot messages; the smaller, older figure is kept because a card refused for its size is a message lost.
/// </summary>
public static class TeamsLimits
{
    /// <summary>About 28 KB per message (UTF-16 bytes).</summary>
    public const int MessageBytes = 28 * 1024;

    /// <summary>Room kept in <see cref="MessageBytes"/> for the activity around the card: ids, addresses, summary, entities.</summary>
    public const int ActivityRoomBytes = 4 * 1024;

    /// <summary>The most a card may take (UTF-16 bytes of its JSON), so the whole activity stays within <see cref="MessageBytes"/>.</summary>
    public const int CardBytes = MessageBytes - ActivityRoomBytes;

    /// <summary>The highest Adaptive Card schema Teams renders.</summary>
    public const string CardVersion = "1.5";

    /// <summary>The activity <c>summary</c>: what a notification or the activity feed shows in one line.</summary>
    public const int SummaryText = 200;

    private static readonly JsonSerializerOptions AsTeamsStoresIt = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The size Teams counts for <paramref name="json"/>: its text, characters as they are (not <c>\u</c>-escaped), in
    /// UTF-16 bytes.
    /// </summary>
    public static int BytesOf(JsonNode json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return json.ToJsonString(AsTeamsStoresIt).Length * sizeof(char);
    }
}
