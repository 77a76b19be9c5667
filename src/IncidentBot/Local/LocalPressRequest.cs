namespace IncidentBot.Local;

/// <summary>The body of <c>POST /local/press</c>: who presses which button (the newest one they can see).</summary>
public sealed record LocalPressRequest(string? As, string? Button);
