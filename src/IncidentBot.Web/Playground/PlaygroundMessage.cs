namespace IncidentBot.Web.Playground;

/// <summary>A message as the person acting sees it.</summary>
/// <param name="Id">The workspace's id of the message, which the forms of its buttons and reactions post back.</param>
/// <param name="Author">The author's name (the bot's for its own messages).</param>
/// <param name="FromBot">Written by the bot.</param>
/// <param name="Text">The text as sent, shown as text (never as markup).</param>
/// <param name="At">When it was posted.</param>
/// <param name="OnlyYou">A reply only the person acting sees (a command's answer).</param>
/// <param name="Buttons">Its buttons, in order.</param>
/// <param name="Reactions">Its reactions, one per emoji.</param>
/// <param name="Attachments">Names of files attached (a postmortem's Markdown).</param>
public sealed record PlaygroundMessage(
    string Id, string Author, bool FromBot, string Text, DateTimeOffset At, bool OnlyYou,
    IReadOnlyList<PlaygroundButton> Buttons, IReadOnlyList<PlaygroundReaction> Reactions, IReadOnlyList<string> Attachments);
