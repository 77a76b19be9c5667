namespace IncidentBot.Storage.Jobs.Documents;

/// <summary>
/// A background job in <c>hf_job</c>: what to call, its parameters, its current state and the states it went
/// through. Parameters and states live inside the job's document, so changing a job's state is one document
/// write and expiring a job takes everything about it along.
/// </summary>
internal sealed class JobRecord
{
    public long Id { get; set; }

    /// <summary>Hangfire's serialized invocation (type, method, parameter types, arguments, queue).</summary>
    public string Payload { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? ExpireAt { get; set; }

    public Dictionary<string, string?> Parameters { get; set; } = [];

    public StateRecord? State { get; set; }

    /// <summary>Every state the job was given, oldest first.</summary>
    public List<StateRecord> History { get; set; } = [];
}
