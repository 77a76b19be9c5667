namespace IncidentBot.Storage.Tests.Jobs;

public sealed class HashTests : JobStorageTest
{
    [Fact]
    public void SetRangeInHash_TwiceWithOverlap_MergesFieldsAndKeepsTheLastValues()
    {
        Connection.SetRangeInHash("recurring-job:nightly", [new("Cron", "0 0 * * *"), new("Queue", "default")]);
        Commit(t => t.SetRangeInHash("recurring-job:nightly", [new("Cron", "0 1 * * *"), new("TimeZoneId", "UTC")]));

        var hash = Connection.GetAllEntriesFromHash("recurring-job:nightly");

        Assert.Equal(3, hash.Count);
        Assert.Equal("0 1 * * *", hash["Cron"]);
        Assert.Equal("default", Connection.GetValueFromHash("recurring-job:nightly", "Queue"));
        Assert.Equal(3, Connection.GetHashCount("recurring-job:nightly"));
        Assert.Null(Connection.GetValueFromHash("recurring-job:nightly", "Missing"));
    }

    [Fact]
    public void GetAllEntriesFromHash_MissingOrEmpty_ReturnsNull()
    {
        Connection.SetRangeInHash("empty", []);

        Assert.Null(Connection.GetAllEntriesFromHash("missing"));
        Assert.Null(Connection.GetAllEntriesFromHash("empty"));
        Assert.Equal(0, Connection.GetHashCount("missing"));
    }

    [Fact]
    public void RemoveHash_Committed_RemovesTheHashOnly()
    {
        Connection.SetRangeInHash("gone", [new("a", "1")]);
        Connection.SetRangeInHash("kept", [new("a", "1")]);

        Commit(t => t.RemoveHash("gone"));

        Assert.Null(Connection.GetAllEntriesFromHash("gone"));
        Assert.NotNull(Connection.GetAllEntriesFromHash("kept"));
    }

    [Fact]
    public void GetHashTtl_ExpiredThenPersisted_ReportsTimeLeftOrMinusOneSecond()
    {
        Connection.SetRangeInHash("hash", [new("a", "1")]);
        Commit(t => t.ExpireHash("hash", TimeSpan.FromHours(2)));
        Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(TimeSpan.FromHours(1), Connection.GetHashTtl("hash"));

        Commit(t => t.PersistHash("hash"));
        Assert.Equal(TimeSpan.FromSeconds(-1), Connection.GetHashTtl("hash"));
    }
}
