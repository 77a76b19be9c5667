namespace IncidentBot.Core.Chat;

/// <summary>The answer to a command or button press, shown only to the person who acted.</summary>
public sealed record ChatReply(string Text)
{
    public static ChatReply Of(string text) => new(text);
}
