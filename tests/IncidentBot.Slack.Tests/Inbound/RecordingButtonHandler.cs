using IncidentBot.Core.Chat;
using IncidentBot.Core.Commands;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>Owns some action ids, remembers each press and answers which action was pressed.</summary>
internal sealed class RecordingButtonHandler(params string[] actionIds) : IButtonHandler
{
    public IReadOnlyCollection<string> ActionIds => actionIds;

    public List<ButtonContext> Presses { get; } = [];

    public Task<ChatReply> HandleAsync(ButtonContext context, CancellationToken cancellationToken = default)
    {
        Presses.Add(context);
        return Task.FromResult(ChatReply.Of($"{context.ActionId} pressed"));
    }
}
