using System.Text.Json.Nodes;
using IncidentBot.Core.Chat;
using IncidentBot.Core.People;
using IncidentBot.Slack.Inbound;
using IncidentBot.Slack.Outbound;
using Microsoft.Extensions.Primitives;

namespace IncidentBot.Drills;

/// <summary>
/// A drill on Slack: <c>/incident …</c> goes through the slash-command form Slack posts (text escaped, people as
/// <c>&lt;@id|name&gt;</c>) and <see cref="SlashCommandParser"/>; messages as the Events API escapes them; the bot's
/// messages rendered as Block Kit by <see cref="SlackBlocks"/>.
/// </summary>
public sealed class SlackDrillSurface : IDrillSurface
{
    public string Name => "slack";

    public string? CommandOf(string typed, IPeopleDirectory people)
    {
        ArgumentNullException.ThrowIfNull(typed);
        if (!DrillCommand.TryRest(typed, out var rest))
        {
            return null;
        }

        var form = new Dictionary<string, StringValues>(StringComparer.Ordinal)
        {
            ["command"] = SlashCommand.BotCommand, ["user_id"] = "U-DRILL", ["channel_id"] = "C-DRILL", ["team_id"] = "T-DRILL",
            ["text"] = DrillMentions.Replace(rest, people, person => $"<@{person.Id}|{person.Name}>", Escape),
        };
        return SlashCommandParser.FromForm(form) is { IsBotCommand: true } command ? SlackText.Unescape(command.Text) : null;
    }

    public string MessageOf(string typed) => SlackText.Unescape(Escape(typed));

    public JsonNode Render(ChatMessage message) => SlackBlocks.Render(message);

    /// <summary>What Slack escapes in what people type.</summary>
    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
