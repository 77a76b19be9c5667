namespace IncidentBot.Core.Chat;

/// <summary>Who did something on a platform, as the platform names them.</summary>
public sealed record ChatUser(string Platform, string UserId, string? DisplayName = null);
