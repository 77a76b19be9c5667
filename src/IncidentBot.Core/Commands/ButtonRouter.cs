using IncidentBot.Core.Chat;
using IncidentBot.Core.People;

namespace IncidentBot.Core.Commands;

/// <summary>Routes button presses to the handler that owns the action id; duplicate ids fail at construction.</summary>
public sealed class ButtonRouter
{
    private readonly Dictionary<string, IButtonHandler> _handlers = new(StringComparer.Ordinal);
    private readonly ChatActors _actors;

    public ButtonRouter(IEnumerable<IButtonHandler> handlers, ChatActors actors)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        foreach (var handler in handlers)
        {
            foreach (var actionId in handler.ActionIds)
            {
                if (!_handlers.TryAdd(actionId, handler))
                {
                    throw new ArgumentException($"Two button handlers claim action '{actionId}'.", nameof(handlers));
                }
            }
        }

        _actors = actors;
    }

    public async Task<ChatReply> DispatchAsync(ButtonPress press, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(press);
        if (!_handlers.TryGetValue(press.ActionId, out var handler))
        {
            return ChatReply.Of("This button is no longer supported.");
        }

        var actor = await _actors.FindAsync(press.User, cancellationToken).ConfigureAwait(false);
        var context = new ButtonContext(actor, press.User, press.ChannelId, press.MessageId, press.ActionId, press.Value, press.At);
        return await handler.HandleAsync(context, cancellationToken).ConfigureAwait(false);
    }
}
