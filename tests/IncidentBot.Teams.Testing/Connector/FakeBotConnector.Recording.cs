namespace IncidentBot.Teams.Testing.Connector;

/// <summary>What tests read about the calls themselves and how they make calls fail.</summary>
public sealed partial class FakeBotConnector
{
    private readonly Lock _gate = new();
    private readonly List<FakeConnectorCall> _calls = [];
    private readonly List<string> _violations = [];
    private readonly List<(FakeConnectorFault Fault, Func<FakeConnectorCall, bool>? When)> _faults = [];

    /// <summary>Every request received, in arrival order (refused and faulted ones too).</summary>
    public IReadOnlyList<FakeConnectorCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Where clients broke the swagger or Teams' rules (<c>"Conversations_SendToConversation: the activity has no type"</c>); tests assert it is empty.</summary>
    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (_gate)
            {
                return [.. _violations];
            }
        }
    }

    /// <summary>The calls that matched the swagger operation <paramref name="operationId"/> (e.g. <c>Conversations_SendToConversation</c>).</summary>
    public IReadOnlyList<FakeConnectorCall> CallsTo(string operationId) => [.. Calls.Where(c => c.Operation == operationId)];

    /// <summary>
    /// The next <paramref name="count"/> calls (those <paramref name="when"/> picks, if given) get
    /// <paramref name="fault"/> instead of being applied, in the order queued.
    /// </summary>
    public void FailNext(FakeConnectorFault fault, int count = 1, Func<FakeConnectorCall, bool>? when = null)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _faults.Add((fault, when));
            }
        }
    }

    private FakeConnectorFault? TakeFault(FakeConnectorCall call)
    {
        lock (_gate)
        {
            var index = _faults.FindIndex(f => f.When?.Invoke(call) ?? true);
            if (index < 0)
            {
                return null;
            }

            var fault = _faults[index].Fault;
            _faults.RemoveAt(index);
            return fault;
        }
    }

    private void Record(FakeConnectorCall call, int status)
    {
        call.StatusCode = status;
        lock (_gate)
        {
            _calls.Add(call);
        }
    }

    private void AddViolation(string violation)
    {
        lock (_gate)
        {
            _violations.Add(violation);
        }
    }
}
