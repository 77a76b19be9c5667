namespace IncidentBot.Storage.Tests.Jobs;

/// <summary>Methods the conformance tests store as jobs; storing a job never runs it.</summary>
public static class SampleJobs
{
    public static int Work(int number) => number;

    public static void Take(Exploding value) => ArgumentNullException.ThrowIfNull(value);
}

/// <summary>An argument that cannot be serialized: reading its property throws.</summary>
public sealed class Exploding
{
    public string Value => throw new InvalidOperationException("this argument cannot be serialized");
}
