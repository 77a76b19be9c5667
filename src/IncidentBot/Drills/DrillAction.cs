namespace IncidentBot.Drills;

/// <summary>What a drill step does.</summary>
public abstract record DrillAction;

/// <summary>A deploy, as <c>POST /changes</c> records it.</summary>
public sealed record ChangeAction(string Service, string Version, string? Previous, string? By, string? Description) : DrillAction;

/// <summary>An alert webhook delivery with the exact payload of its source.</summary>
public sealed record AlertAction(string Source, byte[] Body) : DrillAction;

/// <summary>A message or <c>/incident</c> command in a channel.</summary>
public sealed record SayAction(string Text) : DrillAction;

/// <summary>Presses the newest button with this label the person can see.</summary>
public sealed record PressAction(string Button) : DrillAction;

/// <summary>Reacts to the previous <c>say</c> step's message.</summary>
public sealed record ReactAction(string Emoji) : DrillAction;

/// <summary>Lets time pass.</summary>
public sealed record WaitAction(TimeSpan Duration) : DrillAction;
