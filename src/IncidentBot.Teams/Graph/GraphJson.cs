using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentBot.Teams.Graph;

/// <summary>Microsoft Graph's JSON: camelCase, nulls left out, (de)serializers generated at build time.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GraphNewChannel))]
[JsonSerializable(typeof(GraphChannel))]
[JsonSerializable(typeof(GraphChannelList))]
internal sealed partial class GraphJson : JsonSerializerContext;
