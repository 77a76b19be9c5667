namespace IncidentBot.Local;

/// <summary>A person's emoji reaction on a local message (📌 marks a finding for the timeline).</summary>
public sealed record LocalReaction(string PersonId, string Emoji, DateTimeOffset At);
