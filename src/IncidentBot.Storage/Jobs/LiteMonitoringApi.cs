using System.Globalization;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using IncidentBot.Storage.Jobs.Documents;
using IncidentBot.Storage.Jobs.Stores;

namespace IncidentBot.Storage.Jobs;

/// <summary>
/// What the Hangfire dashboard reads: queues, servers, job details, statistics, jobs per state (newest first)
/// and the succeeded/failed/deleted graphs from the daily and hourly <c>stats:*</c> counters.
/// </summary>
internal sealed class LiteMonitoringApi(LiteJobStorage storage) : JobStorageMonitor
{
    private const int TopJobsPerQueue = 5;

    public override IList<QueueWithTopEnqueuedJobsDto> Queues() => storage.Queues.QueueNames()
        .Select(name => new QueueWithTopEnqueuedJobsDto
        {
            Name = name,
            Length = EnqueuedCount(name),
            Fetched = FetchedCount(name),
            FirstJobs = EnqueuedJobs(name, 0, TopJobsPerQueue),
        })
        .ToList();

    public override IList<ServerDto> Servers() => storage.Servers.All()
        .Select(s => new ServerDto { Name = s.Id, Queues = s.Queues, WorkersCount = s.WorkerCount, StartedAt = s.StartedAt, Heartbeat = s.HeartbeatAt })
        .ToList();

    public override JobDetailsDto? JobDetails(string jobId)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        if (storage.Jobs.Find(jobId) is not { } record)
        {
            return null;
        }

        var data = JobStore.Data(record);
        return new JobDetailsDto
        {
            Job = data.Job,
            LoadException = data.LoadException,
            InvocationData = data.InvocationData,
            CreatedAt = record.CreatedAt,
            ExpireAt = record.ExpireAt,
            Properties = new Dictionary<string, string?>(record.Parameters, StringComparer.Ordinal),
            History = record.History.AsEnumerable().Reverse()
                .Select(s => new StateHistoryDto { StateName = s.Name, Reason = s.Reason, CreatedAt = s.CreatedAt, Data = Data(s) })
                .ToList(),
        };
    }

    public override StatisticsDto GetStatistics() => new()
    {
        Enqueued = storage.Jobs.CountInState(EnqueuedState.StateName),
        Scheduled = ScheduledCount(),
        Processing = ProcessingCount(),
        Failed = FailedCount(),
        Awaiting = AwaitingCount(),
        Succeeded = storage.Counters.Value("stats:succeeded"),
        Deleted = storage.Counters.Value("stats:deleted"),
        Recurring = storage.Sets.Members("recurring-jobs").Count,
        Retries = storage.Sets.Members("retries").Count,
        Servers = storage.Servers.All().Count,
        Queues = storage.Queues.QueueNames().Count,
    };

    public override JobList<EnqueuedJobDto> EnqueuedJobs(string queue, int from, int perPage) =>
        InQueue(queue, fetched: false, from, perPage, (job, record, _) => new EnqueuedJobDto
        {
            Job = job.Job,
            LoadException = job.LoadException,
            InvocationData = job.InvocationData,
            State = record?.State?.Name,
            InEnqueuedState = IsIn(record, EnqueuedState.StateName),
            EnqueuedAt = IsIn(record, EnqueuedState.StateName) ? record!.State!.CreatedAt : null,
            StateData = record?.State is { } state ? Data(state) : null,
        });

    public override JobList<FetchedJobDto> FetchedJobs(string queue, int from, int perPage) =>
        InQueue(queue, fetched: true, from, perPage, (job, record, item) => new FetchedJobDto
        {
            Job = job.Job,
            LoadException = job.LoadException,
            InvocationData = job.InvocationData,
            State = record?.State?.Name,
            FetchedAt = item.FetchedAt,
        });

    public override JobList<ProcessingJobDto> ProcessingJobs(int from, int count) =>
        InState(ProcessingState.StateName, from, count, (job, state) => new ProcessingJobDto
        {
            Job = job.Job,
            LoadException = job.LoadException,
            InvocationData = job.InvocationData,
            InProcessingState = true,
            ServerId = state.Data.GetValueOrDefault("ServerId"),
            StartedAt = state.CreatedAt,
            StateData = Data(state),
        });

    public override JobList<ScheduledJobDto> ScheduledJobs(int from, int count) =>
        InState(ScheduledState.StateName, from, count, (job, state) => new ScheduledJobDto
        {
            Job = job.Job,
            LoadException = job.LoadException,
            InvocationData = job.InvocationData,
            InScheduledState = true,
            EnqueueAt = JobHelper.DeserializeNullableDateTime(state.Data.GetValueOrDefault("EnqueueAt")) ?? DateTime.MinValue,
            ScheduledAt = state.CreatedAt,
            StateData = Data(state),
        });

    public override JobList<SucceededJobDto> SucceededJobs(int from, int count) =>
        InState(SucceededState.StateName, from, count, (job, state) => new SucceededJobDto
        {
            Job = job.Job,
            LoadException = job.LoadException,
            InvocationData = job.InvocationData,
            InSucceededState = true,
            Result = state.Data.GetValueOrDefault("Result"),
            TotalDuration = Milliseconds(state, "Latency") + Milliseconds(state, "PerformanceDuration"),
            SucceededAt = state.CreatedAt,
            StateData = Data(state),
        });

    public override JobList<FailedJobDto> FailedJobs(int from, int count) =>
        InState(FailedState.StateName, from, count, (job, state) => new FailedJobDto
        {
            Job = job.Job,
            LoadException = job.LoadException,
            InvocationData = job.InvocationData,
            InFailedState = true,
            Reason = state.Reason,
            ExceptionType = state.Data.GetValueOrDefault("ExceptionType"),
            ExceptionMessage = state.Data.GetValueOrDefault("ExceptionMessage"),
            ExceptionDetails = state.Data.GetValueOrDefault("ExceptionDetails"),
            FailedAt = state.CreatedAt,
            StateData = Data(state),
        });

    public override JobList<DeletedJobDto> DeletedJobs(int from, int count) =>
        InState(DeletedState.StateName, from, count, (job, state) => new DeletedJobDto
        {
            Job = job.Job,
            LoadException = job.LoadException,
            InvocationData = job.InvocationData,
            InDeletedState = true,
            DeletedAt = state.CreatedAt,
            StateData = Data(state),
        });

    public override JobList<AwaitingJobDto> AwaitingJobs(int from, int count) =>
        InState(AwaitingState.StateName, from, count, (job, state) => new AwaitingJobDto
        {
            Job = job.Job,
            LoadException = job.LoadException,
            InvocationData = job.InvocationData,
            InAwaitingState = true,
            AwaitingAt = state.CreatedAt,
            ParentStateName = state.Data.GetValueOrDefault("ParentId") is { } parent ? storage.Jobs.Find(parent)?.State?.Name : null,
            StateData = Data(state),
        });

    public override long ScheduledCount() => storage.Jobs.CountInState(ScheduledState.StateName);

    public override long EnqueuedCount(string queue) => storage.Queues.Items(queue, fetched: false).Count();

    public override long FetchedCount(string queue) => storage.Queues.Items(queue, fetched: true).Count();

    public override long FailedCount() => storage.Jobs.CountInState(FailedState.StateName);

    public override long ProcessingCount() => storage.Jobs.CountInState(ProcessingState.StateName);

    public override long SucceededListCount() => storage.Jobs.CountInState(SucceededState.StateName);

    public override long DeletedListCount() => storage.Jobs.CountInState(DeletedState.StateName);

    public override long AwaitingCount() => storage.Jobs.CountInState(AwaitingState.StateName);

    public override IDictionary<DateTime, long> SucceededByDatesCount() => Daily("succeeded");

    public override IDictionary<DateTime, long> FailedByDatesCount() => Daily("failed");

    public override IDictionary<DateTime, long> DeletedByDatesCount() => Daily("deleted");

    public override IDictionary<DateTime, long> HourlySucceededJobs() => Hourly("succeeded");

    public override IDictionary<DateTime, long> HourlyFailedJobs() => Hourly("failed");

    public override IDictionary<DateTime, long> HourlyDeletedJobs() => Hourly("deleted");

    private static Dictionary<string, string> Data(StateRecord state) => new(state.Data!, StringComparer.OrdinalIgnoreCase);

    private static bool IsIn(JobRecord? record, string stateName) =>
        string.Equals(record?.State?.Name, stateName, StringComparison.OrdinalIgnoreCase);

    private static long? Milliseconds(StateRecord state, string name) =>
        long.TryParse(state.Data.GetValueOrDefault(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private JobList<T> InState<T>(string stateName, int from, int count, Func<JobData, StateRecord, T> map) =>
        new(storage.Jobs.InState(stateName, from, count)
            .Select(record => new KeyValuePair<string, T>(JobStore.FormatId(record.Id), map(JobStore.Data(record), record.State!))));

    private JobList<T> InQueue<T>(string queue, bool fetched, int from, int count, Func<JobData, JobRecord?, QueueItem, T> map)
    {
        ArgumentNullException.ThrowIfNull(queue);
        return new(storage.Queues.Items(queue, fetched).Skip(from).Take(count).Select(item =>
        {
            var record = storage.Collections.Jobs.FindById(item.JobId);
            var job = record is null ? new JobData() : JobStore.Data(record);
            return new KeyValuePair<string, T>(JobStore.FormatId(item.JobId), map(job, record, item));
        }));
    }

    private Dictionary<DateTime, long> Daily(string type)
    {
        var today = storage.Now.Date;
        return Enumerable.Range(0, 7).Select(days => today.AddDays(-days)).ToDictionary(
            day => day,
            day => storage.Counters.Value($"stats:{type}:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));
    }

    private Dictionary<DateTime, long> Hourly(string type)
    {
        var now = storage.Now;
        return Enumerable.Range(0, 24).Select(hours => now.AddHours(-hours)).ToDictionary(
            hour => hour,
            hour => storage.Counters.Value($"stats:{type}:{hour.ToString("yyyy-MM-dd-HH", CultureInfo.InvariantCulture)}"));
    }
}
