namespace IncidentBot.Slack.Testing;

/// <summary>A member of the fake workspace (seeded with <see cref="FakeSlackServer.AddUser"/>).</summary>
public sealed record FakeSlackUser(string Id, string Name, string? Email, string? RealName, bool IsBot);
