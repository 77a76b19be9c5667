namespace IncidentBot.Local;

/// <summary>The body of <c>POST /local/react</c>: who reacts with which emoji (📌 or <c>pushpin</c>) to which message of which channel (by name).</summary>
public sealed record LocalReactRequest(string? As, string? Channel, string? Message, string? Emoji) : ILocalRequest;
