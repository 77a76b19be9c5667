namespace IncidentBot.Core.Chat;

/// <summary>A message the platform accepted: where it is, its permalink and its time.</summary>
public sealed record PostedMessage(string ChannelId, string MessageId, string? Permalink, DateTimeOffset At);
