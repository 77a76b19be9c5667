using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>A message's mutable state inside the fake.</summary>
internal sealed class MessageState(string ts, string? user, string? threadTs)
{
    public string Ts { get; } = ts;

    public string? User { get; } = user;

    public string? ThreadTs { get; } = threadTs;

    public string? Text { get; set; }

    public JsonArray? Blocks { get; set; }

    public List<string> FileIds { get; } = [];

    public int Edits { get; set; }

    /// <summary>The message's <c>metadata</c> (<c>event_type</c>, <c>event_payload</c>), as posted or last updated.</summary>
    public JsonObject? Metadata { get; set; }

    public FakeSlackMessage Snapshot(string channel) =>
        new(channel, Ts, User, Text, Blocks?.DeepClone().AsArray(), ThreadTs, [.. FileIds], Edits, Metadata?.DeepClone().AsObject());
}
