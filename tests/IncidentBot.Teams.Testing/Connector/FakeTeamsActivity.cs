using System.Text.Json.Nodes;

namespace IncidentBot.Teams.Testing.Connector;

/// <summary>
/// A message as the fake Teams holds it: the last body sent or put for it (<see cref="Activity"/>), how often it
/// was updated, and whether it was deleted.
/// </summary>
public sealed record FakeTeamsActivity(string ConversationId, string Id, JsonObject Activity, int Updates = 0, bool Deleted = false)
{
    public string? Text => Activity["text"] is JsonValue text && text.TryGetValue(out string? value) ? value : null;

    public string? ReplyToId => Activity["replyToId"] is JsonValue reply && reply.TryGetValue(out string? value) ? value : null;

    /// <summary>The content of the first attachment (an Adaptive Card's JSON), if any.</summary>
    public JsonNode? Card => Activity["attachments"]?[0]?["content"];
}
