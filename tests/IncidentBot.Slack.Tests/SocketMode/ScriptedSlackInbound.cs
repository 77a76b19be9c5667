using System.Collections.Concurrent;
using System.Text.Json;

using IncidentBot.Slack.Inbound;

namespace IncidentBot.Slack.Tests.SocketMode;

/// <summary>
/// An <see cref="ISlackInbound"/> for concurrent callers that remembers every call when it starts, answers with the
/// configured acks, and can be held (calls wait until released), slowed or made to fail.
/// </summary>
internal sealed class ScriptedSlackInbound : ISlackInbound
{
    private readonly Lock _gate = new();
    private readonly List<TaskCompletionSource> _holds = [];
    private Task _hold = Task.CompletedTask;
    private int _failuresLeft;
    private int _started;
    private int _finished;
    private int _running;
    private int _maxRunning;

    public ConcurrentQueue<SlashCommand> Commands { get; } = new();

    public ConcurrentQueue<JsonElement> Interactions { get; } = new();

    public ConcurrentQueue<JsonElement> Events { get; } = new();

    public SlackAck CommandAck { get; set; } = SlackAck.Empty;

    public SlackAck InteractionAck { get; set; } = SlackAck.Empty;

    public SlackAck EventAck { get; set; } = SlackAck.Empty;

    /// <summary>Real time each call takes, to make handlers overlap.</summary>
    public TimeSpan Latency { get; set; }

    public int Started => Volatile.Read(ref _started);

    public int Finished => Volatile.Read(ref _finished);

    public int MaxRunning => Volatile.Read(ref _maxRunning);

    /// <summary>The next <paramref name="calls"/> calls throw.</summary>
    public void FailNext(int calls) => Volatile.Write(ref _failuresLeft, calls);

    /// <summary>Calls from now on wait until <see cref="Release"/>.</summary>
    public void Hold()
    {
        lock (_gate)
        {
            var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _holds.Add(hold);
            _hold = hold.Task;
        }
    }

    /// <summary>Calls from now on run at once; those already held stay held.</summary>
    public void StopHolding()
    {
        lock (_gate)
        {
            _hold = Task.CompletedTask;
        }
    }

    public void Release()
    {
        lock (_gate)
        {
            _holds.ForEach(h => h.TrySetResult());
            _hold = Task.CompletedTask;
        }
    }

    public Task<SlackAck> HandleSlashCommandAsync(SlashCommand command, CancellationToken cancellationToken = default)
    {
        Commands.Enqueue(command);
        return RunAsync(CommandAck, cancellationToken);
    }

    public Task<SlackAck> HandleInteractionAsync(JsonElement payload, CancellationToken cancellationToken = default)
    {
        Interactions.Enqueue(payload);
        return RunAsync(InteractionAck, cancellationToken);
    }

    public Task<SlackAck> HandleEventAsync(JsonElement callback, CancellationToken cancellationToken = default)
    {
        Events.Enqueue(callback);
        return RunAsync(EventAck, cancellationToken);
    }

    private async Task<SlackAck> RunAsync(SlackAck ack, CancellationToken cancellationToken)
    {
        Task hold;
        lock (_gate)
        {
            hold = _hold;
        }

        Interlocked.Increment(ref _started);
        var running = Interlocked.Increment(ref _running);
        lock (_gate)
        {
            _maxRunning = Math.Max(_maxRunning, running);
        }

        try
        {
            await hold.WaitAsync(cancellationToken);
            if (Latency > TimeSpan.Zero)
            {
                await Task.Delay(Latency, cancellationToken);
            }

            if (Interlocked.Decrement(ref _failuresLeft) >= 0)
            {
                throw new InvalidOperationException("The recording handler was told to fail.");
            }

            Interlocked.Increment(ref _finished);
            return ack;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }
}
