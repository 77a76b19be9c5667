namespace IncidentBot.Local;

/// <summary>
/// The body of <c>POST /local/press</c>: who presses which button, by its label (<c>acknowledge</c>, <c>confirm</c> …):
/// on one message when <see cref="Message"/> (and its <see cref="Channel"/>) is given, else the newest such button they can see.
/// </summary>
public sealed record LocalPressRequest(string? As, string? Button, string? Channel = null, string? Message = null) : ILocalRequest;
