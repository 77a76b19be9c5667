using LiteDB;

namespace IncidentBot.Storage.Tests;

public sealed class GroupCommitTests
{
    [Fact]
    public async Task Write_ManyWritersAtOnceSomeFailing_CommitsEveryOtherWriteAndFailsOnlyTheFailingOnes()
    {
        using LiteDatabase database = new(":memory:");
        using GroupCommit commits = new(database);
        ILiteCollection<BsonDocument> items = database.GetCollection("items");

        Task<int>[] writes = Enumerable.Range(1, 200).Select(n => Task.Run(() => commits.Write(() =>
        {
            items.Insert(new BsonDocument { ["_id"] = n });
            return n % 7 == 0 ? throw new InvalidOperationException($"write {n} refused") : n;
        }))).ToArray();
        await Task.WhenAll(writes.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default)));

        int[] failed = writes.Select((w, i) => (w, n: i + 1)).Where(x => x.w.IsFaulted).Select(x => x.n).ToArray();
        Assert.Equal(Enumerable.Range(1, 200).Where(n => n % 7 == 0), failed);
        Assert.All(failed, n => Assert.Equal($"write {n} refused", writes[n - 1].Exception!.InnerException!.Message));
        Assert.Equal(Enumerable.Range(1, 200).Where(n => n % 7 != 0), items.FindAll().Select(d => d["_id"].AsInt32).Order());
    }

    [Fact]
    public async Task WriteAsync_ManyWritersNumberingAsTheyQueue_CommitInTheOrderOfTheirNumbers()
    {
        using LiteDatabase database = new(":memory:");
        using GroupCommit commits = new(database);
        var committed = new List<long>();
        long last = 0;

        Task[] writes = Enumerable.Range(1, 200).Select(_ => Task.Run(() =>
        {
            long number = 0;
            return commits.WriteAsync(
                () =>
                {
                    committed.Add(number);
                    return number;
                },
                whileQueuing: () => number = commits.IsQueuing ? ++last : throw new InvalidOperationException("not queuing"));
        })).ToArray();
        await Task.WhenAll(writes);

        Assert.Equal(Enumerable.Range(1, 200).Select(n => (long)n), committed);
        Assert.False(commits.IsQueuing);
    }

    [Fact]
    public void Write_InsideAWrite_Refuses()
    {
        using LiteDatabase database = new(":memory:");
        using GroupCommit commits = new(database);

        Assert.Throws<InvalidOperationException>(() => commits.Write(() => commits.Write(() => 1)));
    }
}
