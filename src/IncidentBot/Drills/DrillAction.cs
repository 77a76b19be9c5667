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

/// <summary>
/// Puts someone on call for a schedule from one drill time to another, as <c>/incident oncall override</c> typed by the
/// step's person.
/// </summary>
public sealed record OverrideAction(string Who, DateTimeOffset From, DateTimeOffset To, string? Schedule) : DrillAction;

/// <summary>Gives the step's person's current or next turn to someone, as <c>/incident oncall swap</c>.</summary>
public sealed record SwapAction(string Who, string? Schedule) : DrillAction;

/// <summary>Lets time pass.</summary>
public sealed record WaitAction(TimeSpan Duration) : DrillAction;
