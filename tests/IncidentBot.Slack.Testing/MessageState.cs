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

    public FakeSlackMessage Snapshot(string channel) =>
        new(channel, Ts, User, Text, Blocks?.DeepClone().AsArray(), ThreadTs, [.. FileIds], Edits);
}
