using IncidentBot.Core.Chat;

namespace IncidentBot.Local;

/// <summary>What a local action produced: the posted message, or the bot's private reply.</summary>
public sealed record LocalResult(PostedMessage? Posted, string? Reply);
