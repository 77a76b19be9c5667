namespace IncidentBot.Local;

/// <summary>What <c>GET /local/channels</c> shows of a channel: <c>kind</c> is incidents, reports, incident or direct; <c>person</c> whose direct conversation it is.</summary>
public sealed record LocalChannelView(string Id, string Name, string Kind, string? Person, string Topic, IReadOnlyList<string> Members, int Messages)
{
    public static LocalChannelView Of(LocalChannel channel, int messages)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return new(channel.Id, channel.Name, channel.Kind.ToString().ToLowerInvariant(), channel.PersonId, channel.Topic, channel.Members, messages);
    }
}

/// <summary>What <c>GET /local/{channel}</c> shows of a message, as the person asking sees it.</summary>
public sealed record LocalMessageView(
    string Id, DateTimeOffset At, string? AuthorId, string Author, string Text, string? VisibleTo,
    IReadOnlyList<LocalButtonView> Buttons, IReadOnlyList<LocalReaction> Reactions, IReadOnlyList<string> Attachments)
{
    public static LocalMessageView Of(LocalMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(
            message.Id, message.At, message.AuthorId, message.AuthorName, message.Text, message.VisibleTo,
            [.. message.Buttons.Select(b => new LocalButtonView(b.Label, b.ActionId, b.Style.ToString().ToLowerInvariant()))],
            message.Reactions, message.Attachments);
    }
}

/// <summary>A button as shown: press it with <c>POST /local/press</c> naming its label and the message.</summary>
public sealed record LocalButtonView(string Label, string ActionId, string Style);
