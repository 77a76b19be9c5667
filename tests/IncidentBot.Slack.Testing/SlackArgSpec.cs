namespace IncidentBot.Slack.Testing;

/// <summary>
/// One argument of a method spec. <see cref="JsonEncoded"/> marks a string argument that carries JSON
/// (<c>blocks</c>, <c>metadata</c>, <c>view</c> …): a JSON string in form bodies, the value itself or such a
/// string in JSON bodies.
/// </summary>
public sealed record SlackArgSpec(string Name, SlackArgKinds Kinds, bool JsonEncoded, long? Minimum, int? MaxLength);
