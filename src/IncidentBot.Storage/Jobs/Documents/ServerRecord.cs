namespace IncidentBot.Storage.Jobs.Documents;

/// <summary>A running Hangfire server (<c>hf_server</c>) and its last heartbeat, as the dashboard lists them.</summary>
internal sealed class ServerRecord
{
    public string Id { get; set; } = "";

    public string[] Queues { get; set; } = [];

    public int WorkerCount { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime HeartbeatAt { get; set; }
}
