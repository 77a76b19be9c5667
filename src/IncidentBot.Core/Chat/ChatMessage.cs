namespace IncidentBot.Core.Chat;

/// <summary>
/// A message the bot sends, platform-neutral. <see cref="Text"/> is plain text with <c>*bold*</c> only, already
/// safe to show; platforms render <see cref="Card"/> natively when present and fall back to the text. Text of any
/// length is allowed: each platform fits it to its own limits, linking to the full record of the incident the
/// message is <see cref="About"/>.
/// </summary>
public sealed record ChatMessage(string Text, IReadOnlyList<ChatButton>? Buttons = null, IncidentCard? Card = null, MessageSubject? About = null)
{
    public IReadOnlyList<ChatButton> ButtonsOrEmpty => Buttons ?? [];

    /// <summary>This message, about incident <paramref name="number"/> unless it already says what it is about.</summary>
    public ChatMessage AboutIncident(int number) => About is null ? this with { About = new MessageSubject(number) } : this;
}
