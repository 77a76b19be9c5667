namespace IncidentBot.Core.Chat;

/// <summary>
/// A message the bot sends, platform-neutral. <see cref="Text"/> is plain text with <c>*bold*</c> only, already
/// safe to show; platforms render <see cref="Card"/> natively when present and fall back to the text.
/// </summary>
public sealed record ChatMessage(string Text, IReadOnlyList<ChatButton>? Buttons = null, IncidentCard? Card = null)
{
    public IReadOnlyList<ChatButton> ButtonsOrEmpty => Buttons ?? [];
}
