namespace IncidentBot.Storage.Tests.Jobs;

public sealed class CounterTests : JobStorageTest
{
    [Fact]
    public void IncrementAndDecrement_InSeveralTransactions_AddUp()
    {
        Commit(t =>
        {
            t.IncrementCounter("stats:succeeded");
            t.IncrementCounter("stats:succeeded");
        });
        Commit(t =>
        {
            t.IncrementCounter("stats:succeeded", TimeSpan.FromDays(1));
            t.DecrementCounter("stats:succeeded");
            t.IncrementCounter("stats:other");
        });

        Assert.Equal(2, Connection.GetCounter("stats:succeeded"));
        Assert.Equal(1, Connection.GetCounter("stats:other"));
        Assert.Equal(0, Connection.GetCounter("stats:missing"));
    }

    [Fact]
    public void DecrementCounter_BelowZero_GoesNegative()
    {
        Commit(t => t.DecrementCounter("counter", TimeSpan.FromHours(1)));

        Assert.Equal(-1, Connection.GetCounter("counter"));
    }

    [Fact]
    public void IncrementCounter_ManyConcurrentTransactions_LosesNoIncrement()
    {
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            using var connection = Storage.GetConnection();
            using var transaction = connection.CreateWriteTransaction();
            transaction.IncrementCounter("stats:succeeded");
            transaction.Commit();
        });

        Assert.Equal(200, Connection.GetCounter("stats:succeeded"));
    }
}
