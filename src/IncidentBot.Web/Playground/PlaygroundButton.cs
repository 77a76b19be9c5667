namespace IncidentBot.Web.Playground;

/// <summary>A button of a message: pressing it posts its <see cref="ActionId"/> with the message's id.</summary>
/// <param name="Label">What the button says.</param>
/// <param name="ActionId">The handler's action id (<c>incident.ack</c> …), as the chat platforms carry it.</param>
/// <param name="Style">default, primary or danger.</param>
public sealed record PlaygroundButton(string Label, string ActionId, string Style);
