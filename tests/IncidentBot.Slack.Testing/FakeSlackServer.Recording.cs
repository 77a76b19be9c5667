using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>What tests configure and read about the calls themselves: the record, violations, faults, canned answers.</summary>
public sealed partial class FakeSlackServer
{
    private readonly Lock _recordGate = new();
    private readonly List<FakeSlackCall> _calls = [];
    private readonly List<string> _violations = [];
    private readonly Dictionary<string, List<(FakeFault Fault, Func<FakeSlackCall, bool>? When)>> _faults = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<FakeSlackCall, JsonObject>> _overrides = new(StringComparer.Ordinal);
    private readonly List<(string Method, int Occurrence, TaskCompletionSource<FakeSlackCall> Arrived)> _waiters = [];

    /// <summary>Every Web API call received, in arrival order (failed and faulted ones too).</summary>
    public IReadOnlyList<FakeSlackCall> Calls
    {
        get
        {
            lock (_recordGate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Where clients broke the method specs or the wire rules (<c>"chat.update: missing required argument 'ts'"</c>); tests assert it is empty.</summary>
    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (_recordGate)
            {
                return [.. _violations];
            }
        }
    }

    public IReadOnlyList<FakeSlackCall> CallsTo(string method) => [.. Calls.Where(c => c.Method == method)];

    /// <summary>
    /// The next <paramref name="count"/> calls to <paramref name="method"/> (those <paramref name="when"/> picks, if
    /// given: a post to one person, say) meet <paramref name="fault"/> instead of an answer, in the order queued.
    /// </summary>
    public void FailNext(string method, int count, FakeFault fault, Func<FakeSlackCall, bool>? when = null)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (_recordGate)
        {
            var queue = _faults.TryGetValue(method, out var existing) ? existing : _faults[method] = [];
            for (var i = 0; i < count; i++)
            {
                queue.Add((fault, when));
            }
        }
    }

    /// <summary>Answers <paramref name="method"/> with <paramref name="respond"/> from now on (under the workspace lock), instead of the built-in behaviour.</summary>
    public void RespondTo(string method, Func<FakeSlackCall, JsonObject> respond)
    {
        lock (_recordGate)
        {
            _overrides[method] = respond;
        }
    }

    /// <summary>Completes when the <paramref name="occurrence"/>th call to <paramref name="method"/> has arrived (at once if it has).</summary>
    public Task<FakeSlackCall> WaitForCallAsync(string method, int occurrence = 1, CancellationToken cancellationToken = default)
    {
        lock (_recordGate)
        {
            var arrived = _calls.Where(c => c.Method == method).Skip(occurrence - 1).FirstOrDefault();
            if (arrived is not null)
            {
                return Task.FromResult(arrived);
            }

            var waiter = new TaskCompletionSource<FakeSlackCall>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((method, occurrence, waiter));
            return waiter.Task.WaitAsync(cancellationToken);
        }
    }

    private void Record(FakeSlackCall call)
    {
        lock (_recordGate)
        {
            _calls.Add(call);
            var count = _calls.Count(c => c.Method == call.Method);
            foreach (var waiter in _waiters.Where(w => w.Method == call.Method && w.Occurrence == count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Arrived.TrySetResult(call);
            }
        }
    }

    private void AddViolation(string method, string problem)
    {
        lock (_recordGate)
        {
            _violations.Add($"{method}: {problem}");
        }
    }

    private FakeFault? TakeFault(FakeSlackCall call)
    {
        lock (_recordGate)
        {
            if (!_faults.TryGetValue(call.Method, out var queue) || queue.FindIndex(f => f.When?.Invoke(call) ?? true) is not (>= 0 and var next))
            {
                return null;
            }

            var fault = queue[next].Fault;
            queue.RemoveAt(next);
            return fault;
        }
    }

    private Func<FakeSlackCall, JsonObject>? Override(string method)
    {
        lock (_recordGate)
        {
            return _overrides.GetValueOrDefault(method);
        }
    }
}
