namespace IncidentBot.Core.Chat;

/// <summary>
/// A channel (or thread) on a chat platform. <see cref="Notice"/> is what people should know about where the incident
/// was opened, when it is not where it should have been (on Teams, a thread in the shared channel because Teams
/// refused a channel of its own, and why): it goes on the timeline and into the channel.
/// </summary>
public sealed record ChannelRef(string Id, string Name, string? Notice = null);
