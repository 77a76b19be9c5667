namespace IncidentBot.Core.Chat;

/// <summary>A button on a bot message. The action id names the handler; the value carries the ids it needs.</summary>
public sealed record ChatButton(string ActionId, string Label, string Value, ButtonStyle Style = ButtonStyle.Default);
