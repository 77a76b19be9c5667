using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>A modal opened with <c>views.open</c>, as it was sent.</summary>
public sealed record FakeSlackView(string Id, string TriggerId, JsonObject View);
