namespace IncidentBot.Web.Playground;

/// <summary>One emoji on a message and who reacted with it.</summary>
/// <param name="Emoji">As a chat app shows it (📌), or its name when the playground knows no picture for it.</param>
/// <param name="By">The names of those who reacted so, in order.</param>
public sealed record PlaygroundReaction(string Emoji, IReadOnlyList<string> By);
