using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>A message only <see cref="User"/> saw (<c>chat.postEphemeral</c>).</summary>
public sealed record FakeSlackEphemeral(string Channel, string User, string MessageTs, string? Text, JsonArray? Blocks);
