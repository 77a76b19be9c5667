using IncidentBot.Storage.Jobs.Documents;

namespace IncidentBot.Storage.Jobs.Stores;

/// <summary>The Hangfire servers that announced themselves, with their heartbeats; each call is its own write.</summary>
internal sealed class ServerStore(JobCollections collections)
{
    public void Announce(string serverId, string[] queues, int workerCount, DateTime now) => collections.Write(() =>
    {
        if (collections.Servers.FindById(serverId) is null)
        {
            collections.Servers.Insert(new ServerRecord
            {
                Id = serverId,
                Queues = queues,
                WorkerCount = workerCount,
                StartedAt = now,
                HeartbeatAt = now,
            });
        }
    });

    public void Remove(string serverId) => collections.Write(() => collections.Servers.Delete(serverId));

    /// <summary>Records a heartbeat; false when the server is not known (it was timed out and removed).</summary>
    public bool Heartbeat(string serverId, DateTime now) => collections.Write(() =>
    {
        var server = collections.Servers.FindById(serverId);
        if (server is null)
        {
            return false;
        }

        server.HeartbeatAt = now;
        collections.Servers.Update(server);
        return true;
    });

    public int RemoveTimedOut(DateTime heartbeatBefore) => collections.Write(() =>
    {
        var removed = 0;
        foreach (var server in All().Where(s => s.HeartbeatAt < heartbeatBefore))
        {
            removed += collections.Servers.Delete(server.Id) ? 1 : 0;
        }

        return removed;
    });

    public IReadOnlyList<ServerRecord> All() => collections.Servers.FindAll().OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
}
