using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentBot.Teams.Connector;

/// <summary>The Bot Connector's JSON: camelCase, nulls left out, (de)serializers generated at build time.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OutgoingActivity))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResource))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(PagedMembers))]
internal sealed partial class ConnectorJson : JsonSerializerContext;
