using System.Text.Json.Nodes;
using IncidentBot.Core.Chat;
using IncidentBot.Core.People;

namespace IncidentBot.Drills;

/// <summary>
/// The chat platform a drill imitates (its <c>platform</c>): what people type reaches the bot as that platform's
/// adapter reads it, and what the bot says is rendered as that adapter would send it. So a drill on Teams runs the
/// Teams parsing and card rendering, and a drill on Slack the Slack ones, around the same core.
/// </summary>
public interface IDrillSurface
{
    /// <summary><c>slack</c> or <c>teams</c>.</summary>
    string Name { get; }

    /// <summary>
    /// The command the core gets when <paramref name="typed"/> is one (<c>/incident …</c> in a drill, typed as the
    /// platform's form of it); null when it is a message. <c>@id</c> of a person is typed as the platform's mention.
    /// </summary>
    string? CommandOf(string typed, IPeopleDirectory people);

    /// <summary>A message (not a command) as the adapter hands it to the core.</summary>
    string MessageOf(string typed);

    /// <summary>The bot's message as the adapter would send it to the platform.</summary>
    JsonNode Render(ChatMessage message);
}
