using System.Text.Json.Serialization;

namespace IncidentBot.Teams.Activities;

/// <summary>Source-generated System.Text.Json metadata for the inbound activity: camelCase names, unknown fields ignored.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(TeamsActivity))]
internal sealed partial class TeamsActivityJson : JsonSerializerContext;
