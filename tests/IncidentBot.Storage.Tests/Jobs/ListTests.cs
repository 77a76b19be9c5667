namespace IncidentBot.Storage.Tests.Jobs;

public sealed class ListTests : JobStorageTest
{
    [Fact]
    public void InsertToList_SeveralValues_ReadsNewestFirst()
    {
        Commit(t =>
        {
            t.InsertToList("list", "1");
            t.InsertToList("list", "2");
            t.InsertToList("list", "3");
        });

        Assert.Equal(["3", "2", "1"], Connection.GetAllItemsFromList("list"));
        Assert.Equal(["2", "1"], Connection.GetRangeFromList("list", 1, 5));
        Assert.Equal(3, Connection.GetListCount("list"));
    }

    [Fact]
    public void RemoveFromList_RepeatedValue_RemovesEveryOccurrence()
    {
        Commit(t =>
        {
            t.InsertToList("list", "a");
            t.InsertToList("list", "b");
            t.InsertToList("list", "a");
        });

        Commit(t => t.RemoveFromList("list", "a"));

        Assert.Equal(["b"], Connection.GetAllItemsFromList("list"));
    }

    [Fact]
    public void TrimList_Range_KeepsOnlyThoseElements()
    {
        Commit(t =>
        {
            for (var i = 0; i < 6; i++)
            {
                t.InsertToList("list", $"{i}");
                t.InsertToList("other", $"{i}");
            }
        });

        Commit(t => t.TrimList("list", 1, 3));

        Assert.Equal(["4", "3", "2"], Connection.GetAllItemsFromList("list"));
        Assert.Equal(6, Connection.GetListCount("other"));
    }

    [Fact]
    public void GetListTtl_ExpiredAndPersisted_ReportsTimeLeftOrMinusOneSecond()
    {
        Commit(t =>
        {
            t.InsertToList("list", "a");
            t.ExpireList("list", TimeSpan.FromMinutes(30));
        });
        Assert.Equal(TimeSpan.FromMinutes(30), Connection.GetListTtl("list"));

        Commit(t => t.PersistList("list"));
        Assert.Equal(TimeSpan.FromSeconds(-1), Connection.GetListTtl("list"));
    }
}
