using Microsoft.Extensions.AI;

namespace IncidentBot.Core.Tests.Postmortems.Narrative;

/// <summary>A language model that answers what the test scripted, and remembers what it was asked.</summary>
internal sealed class ScriptedChatClient(Func<CancellationToken, Task<string>> answer) : IChatClient
{
    public List<ChatMessage> Asked { get; } = [];

    public TaskCompletionSource Called { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static ScriptedChatClient Answering(params string[] lines) => new(_ => Task.FromResult(string.Join('\n', lines)));

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Asked.AddRange(messages);
        Called.TrySetResult();
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, await answer(cancellationToken)));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The narrator asks for one whole answer.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
