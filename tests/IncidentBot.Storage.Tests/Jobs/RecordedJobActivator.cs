using Hangfire;

namespace IncidentBot.Storage.Tests.Jobs;

/// <summary>Hands every worker the same job instance, so the tests can see what ran without static state.</summary>
public sealed class RecordedJobActivator(object job) : JobActivator
{
    public override object ActivateJob(Type jobType) => jobType.IsInstanceOfType(job) ? job : base.ActivateJob(jobType);
}
