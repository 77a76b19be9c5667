namespace IncidentBot.Core.OnCall;

/// <summary>The hand-off messages already sent (<see cref="SentHandOff"/>), kept so none is sent twice, across restarts too.</summary>
public interface IHandOffLog
{
    Task<bool> WasSentAsync(string key, CancellationToken cancellationToken = default);

    Task RecordAsync(SentHandOff sent, CancellationToken cancellationToken = default);
}
