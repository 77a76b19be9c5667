using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentBot.Local;

/// <summary>
/// How the local workspace's channels and messages are written to the bot's database (as JSON records of platform
/// <c>local</c>): source-generated, enums by name, so a record reads the same after an upgrade reorders an enum.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(LocalChannel))]
[JsonSerializable(typeof(LocalMessage))]
public sealed partial class LocalRecords : JsonSerializerContext
{
    public const string ChannelSet = "channels";

    public const string MessageSet = "messages";
}
