using System.Net;
using System.Text.Json.Nodes;
using IncidentBot.Core.Chat;
using IncidentBot.Core.People;
using IncidentBot.Teams.Activities;
using IncidentBot.Teams.Cards;
using IncidentBot.Teams.Outbound;

namespace IncidentBot.Drills;

/// <summary>
/// A drill on Teams: <c>/incident …</c> is typed as Teams carries it, <c>@IncidentBot …</c> in a channel message (HTML
/// text, the bot and each person as an <c>&lt;at&gt;</c> mention with its entity), read by <see cref="TeamsInbound"/>;
/// messages as Teams' HTML read back to text; the bot's messages rendered as Adaptive Cards by
/// <see cref="AdaptiveCardRenderer"/>.
/// </summary>
public sealed class TeamsDrillSurface : IDrillSurface
{
    private const string BotId = "28:incidentbot-drill";

    public string Name => "teams";

    public string? CommandOf(string typed, IPeopleDirectory people)
    {
        ArgumentNullException.ThrowIfNull(typed);
        if (!DrillCommand.TryRest(typed, out var rest))
        {
            return null;
        }

        var bot = new TeamsMention(BotId, "IncidentBot");
        var mentioned = DrillMentions.Of(rest, people).Select(p => new TeamsMention(p.Id, p.Name)).Prepend(bot).ToList();
        var text = AdaptiveCardRenderer.MentionText(bot) + " "
            + DrillMentions.Replace(rest, people, person => AdaptiveCardRenderer.MentionText(new TeamsMention(person.Id, person.Name)), WebUtility.HtmlEncode);
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "drill",
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:drill", ["name"] = "drill" },
            ["conversation"] = new JsonObject { ["id"] = "19:drill@thread.tacv2;messageid=1", ["conversationType"] = "channel" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = bot.Name },
            ["text"] = text,
            ["entities"] = new JsonArray([.. mentioned.Select(Entity)]),
        };
        return TeamsInbound.ReadCommand(TeamsActivityReader.Read(activity.ToJsonString()))?.Text;
    }

    public string MessageOf(string typed) => TeamsHtml.ToText(WebUtility.HtmlEncode(typed));

    /// <summary>As the Teams platform sends it: commands written as a mention of the bot, in an Adaptive Card.</summary>
    public JsonNode Render(ChatMessage message) => AdaptiveCardRenderer.Render(message with { Text = TeamsCommandSyntax.Of(message.Text) });

    private static JsonObject Entity(TeamsMention mention) => new()
    {
        ["type"] = "mention",
        ["text"] = AdaptiveCardRenderer.MentionText(mention),
        ["mentioned"] = new JsonObject { ["id"] = mention.Id, ["name"] = mention.Name },
    };
}
