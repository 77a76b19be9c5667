using IncidentBot.Core.Chat;

namespace IncidentBot.Core.Commands;

/// <summary>
/// Handles presses of the buttons whose action ids it declares. A press on a stale button (the thing it
/// would do is done or gone) gets an answer saying so and changes nothing.
/// </summary>
public interface IButtonHandler
{
    IReadOnlyCollection<string> ActionIds { get; }

    Task<ChatReply> HandleAsync(ButtonContext context, CancellationToken cancellationToken = default);
}
