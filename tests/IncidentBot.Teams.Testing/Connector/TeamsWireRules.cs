using System.Text.Json.Nodes;

namespace IncidentBot.Teams.Testing.Connector;

/// <summary>
/// What Teams needs beyond the swagger (which marks no property required): every activity has a <c>type</c>
/// (Activity Protocol); an activity carries text or attachments, not both (Teams splits it and the id for updates
/// is lost); a created conversation is either a channel thread (<c>isGroup</c>, <c>channelData.channel.id</c> and a
/// first activity) or a 1:1 chat (one member and the tenant).
/// </summary>
internal static class TeamsWireRules
{
    public static IEnumerable<string> Check(string operationId, JsonNode? body)
    {
        if (body is not JsonObject value)
        {
            yield return $"{operationId}: the body must be a JSON object";
            yield break;
        }

        var activity = operationId == "Conversations_CreateConversation" ? value["activity"] as JsonObject : value;
        if (activity is not null)
        {
            foreach (var problem in CheckActivity(operationId, activity))
            {
                yield return problem;
            }
        }

        if (operationId == "Conversations_CreateConversation" && !IsChannelThread(value) && !IsPersonalChat(value))
        {
            yield return $"{operationId}: neither a channel thread (isGroup, channelData.channel.id, activity) nor a 1:1 chat (one member, tenantId or channelData.tenant.id)";
        }
    }

    private static IEnumerable<string> CheckActivity(string operationId, JsonObject activity)
    {
        if (activity["type"] is not JsonValue type || !type.TryGetValue(out string? name) || name.Length == 0)
        {
            yield return $"{operationId}: the activity has no type";
        }

        if (activity["text"] is JsonValue text && text.TryGetValue(out string? words) && words.Length > 0 && activity["attachments"] is JsonArray { Count: > 0 })
        {
            yield return $"{operationId}: the activity carries text and attachments; Teams splits it and the id needed to update it is lost";
        }
    }

    private static bool IsChannelThread(JsonObject parameters) =>
        parameters["isGroup"] is JsonValue isGroup && isGroup.TryGetValue(out bool group) && group
        && parameters["channelData"]?["channel"]?["id"] is JsonValue
        && parameters["activity"] is JsonObject;

    private static bool IsPersonalChat(JsonObject parameters) =>
        parameters["members"] is JsonArray { Count: 1 } members && members[0]?["id"] is JsonValue
        && (parameters["tenantId"] is JsonValue || parameters["channelData"]?["tenant"]?["id"] is JsonValue);
}
