using Hangfire;

namespace IncidentBot.Benchmarks;

/// <summary>Gives every job of a server the same <see cref="JobProbe"/>.</summary>
public sealed class ProbeActivator(JobProbe probe) : JobActivator
{
    public override object ActivateJob(Type jobType) => jobType == typeof(JobProbe) ? probe : base.ActivateJob(jobType);
}
