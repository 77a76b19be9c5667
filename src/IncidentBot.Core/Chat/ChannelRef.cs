namespace IncidentBot.Core.Chat;

/// <summary>A channel (or thread) on a chat platform.</summary>
public sealed record ChannelRef(string Id, string Name);
