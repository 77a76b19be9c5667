using System.Globalization;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using IncidentBot.Storage.Jobs.Documents;
using LiteDB;

namespace IncidentBot.Storage.Jobs.Stores;

/// <summary>
/// Background jobs: create, read, parameters, states and expiry. Methods that change a job run inside the
/// caller's <see cref="JobCollections.Write{T}"/>; a job id that is not one of ours (not a number) is a job
/// that does not exist.
/// </summary>
internal sealed class JobStore(JobCollections collections)
{
    public static bool TryParseId(string jobId, out long id) =>
        long.TryParse(jobId, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;

    public static string FormatId(long id) => id.ToString(CultureInfo.InvariantCulture);

    public void Create(long id, Job job, IDictionary<string, string?> parameters, DateTime createdAt, TimeSpan expireIn)
    {
        var created = UtcTime.Of(createdAt);
        collections.Jobs.Insert(new JobRecord
        {
            Id = id,
            Payload = InvocationData.SerializeJob(job).SerializePayload(),
            CreatedAt = created,
            ExpireAt = created + expireIn,
            Parameters = new Dictionary<string, string?>(parameters, StringComparer.Ordinal),
        });
    }

    public JobRecord? Find(string jobId) => TryParseId(jobId, out var id) ? collections.Jobs.FindById(id) : null;

    /// <summary>Jobs whose current state is <paramref name="stateName"/>, newest first, one page.</summary>
    public IReadOnlyList<JobRecord> InState(string stateName, int from, int count) => collections.Jobs.Documents.Query()
        .Where(Query.EQ(JobCollections.StateNameExpression, stateName))
        .OrderByDescending("_id")
        .Skip(from)
        .Limit(count)
        .ToEnumerable()
        .Select(collections.Jobs.Map)
        .ToList();

    public long CountInState(string stateName) => collections.Jobs.Count(Query.EQ(JobCollections.StateNameExpression, stateName));

    public void SetParameter(string jobId, string name, string? value) => Change(jobId, job => job.Parameters[name] = value);

    public void Expire(string jobId, DateTime? expireAt) => Change(jobId, job => job.ExpireAt = expireAt);

    /// <summary>Adds <paramref name="state"/> to the job's history and, when <paramref name="current"/>, makes it the job's state.</summary>
    public void AddState(string jobId, StateRecord state, bool current) => Change(jobId, job =>
    {
        job.History.Add(state);
        if (current)
        {
            job.State = state;
        }
    });

    public static StateRecord Record(IState state, DateTime createdAt) => new()
    {
        Name = state.Name,
        Reason = state.Reason,
        CreatedAt = createdAt,
        Data = new Dictionary<string, string?>(state.SerializeData() ?? [], StringComparer.Ordinal),
    };

    /// <summary>What <see cref="JobStorageConnection.GetJobData"/> returns: a job that cannot be loaded says why.</summary>
    public static JobData Data(JobRecord record)
    {
        var invocation = InvocationData.DeserializePayload(record.Payload);
        var data = new JobData
        {
            InvocationData = invocation,
            CreatedAt = record.CreatedAt,
            State = record.State?.Name,
            ParametersSnapshot = record.Parameters,
        };
        try
        {
            data.Job = invocation.DeserializeJob();
        }
        catch (JobLoadException ex)
        {
            data.LoadException = ex;
        }

        return data;
    }

    private void Change(string jobId, Action<JobRecord> change)
    {
        if (Find(jobId) is { } job)
        {
            change(job);
            collections.Jobs.Update(job);
        }
    }
}
