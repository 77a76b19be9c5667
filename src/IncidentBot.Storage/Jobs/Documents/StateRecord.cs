namespace IncidentBot.Storage.Jobs.Documents;

/// <summary>One state of a job (Enqueued, Processing, Succeeded …) with the data Hangfire serialized for it.</summary>
internal sealed class StateRecord
{
    public string Name { get; set; } = "";

    public string? Reason { get; set; }

    public DateTime CreatedAt { get; set; }

    public Dictionary<string, string?> Data { get; set; } = [];
}
