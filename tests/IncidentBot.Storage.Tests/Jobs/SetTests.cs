namespace IncidentBot.Storage.Tests.Jobs;

public sealed class SetTests : JobStorageTest
{
    [Fact]
    public void AddToSet_SameValueTwice_KeepsOneMemberWithTheLastScore()
    {
        Commit(t =>
        {
            t.AddToSet("schedule", "1", 10);
            t.AddToSet("schedule", "1", 5);
            t.AddToSet("schedule", "2", 7);
        });

        Assert.Equal(2, Connection.GetSetCount("schedule"));
        Assert.Equal(["1", "2"], Connection.GetRangeFromSet("schedule", 0, 10));
    }

    [Fact]
    public void AddToSet_ValuesDifferingInCase_AreDifferentMembers()
    {
        Commit(t =>
        {
            t.AddToSet("recurring-jobs", "Nightly");
            t.AddToSet("recurring-jobs", "nightly");
        });

        Assert.Equal(["Nightly", "nightly"], Connection.GetAllItemsFromSet("recurring-jobs").Order(StringComparer.Ordinal));
        Assert.Empty(Connection.GetAllItemsFromSet("RECURRING-JOBS"));
    }

    [Fact]
    public void GetFirstByLowestScoreFromSet_ScoresInAndOutOfRange_ReturnsTheLowestInRange()
    {
        Commit(t =>
        {
            t.AddToSet("schedule", "late", 30);
            t.AddToSet("schedule", "due", 20);
            t.AddToSet("schedule", "too-early", 5);
            t.AddToSet("other", "elsewhere", 15);
        });

        Assert.Equal("due", Connection.GetFirstByLowestScoreFromSet("schedule", 10, 40));
        Assert.Equal(["due", "late"], Connection.GetFirstByLowestScoreFromSet("schedule", 10, 40, 5));
        Assert.Equal(["due"], Connection.GetFirstByLowestScoreFromSet("schedule", 10, 40, 1));
        Assert.Null(Connection.GetFirstByLowestScoreFromSet("schedule", 31, 40));
        Assert.Throws<ArgumentException>(() => Connection.GetFirstByLowestScoreFromSet("schedule", 40, 10));
    }

    [Fact]
    public void RemoveFromSet_OneMember_LeavesTheOthers()
    {
        Commit(t => t.AddRangeToSet("set", ["a", "b", "c"]));

        Commit(t => t.RemoveFromSet("set", "b"));

        Assert.Equal(["a", "c"], Connection.GetAllItemsFromSet("set").Order(StringComparer.Ordinal));
        Assert.True(Connection.GetSetContains("set", "a"));
        Assert.False(Connection.GetSetContains("set", "b"));
    }

    [Fact]
    public void RemoveSet_WholeSet_LeavesOtherSets()
    {
        Commit(t =>
        {
            t.AddRangeToSet("set", ["a", "b"]);
            t.AddToSet("kept", "a");
        });

        Commit(t => t.RemoveSet("set"));

        Assert.Equal(0, Connection.GetSetCount("set"));
        Assert.Equal(1, Connection.GetSetCount("kept"));
    }

    [Fact]
    public void GetSetCount_SeveralKeysWithLimit_CountsUpToTheLimit()
    {
        Commit(t =>
        {
            t.AddRangeToSet("a", ["1", "2", "3"]);
            t.AddRangeToSet("b", ["1", "2"]);
        });

        Assert.Equal(5, Connection.GetSetCount(["a", "b", "missing"], 10));
        Assert.Equal(4, Connection.GetSetCount(["a", "b"], 4));
    }

    [Fact]
    public void GetRangeFromSet_Window_ReturnsThoseMembersInScoreOrder()
    {
        Commit(t =>
        {
            for (var i = 0; i < 5; i++)
            {
                t.AddToSet("set", $"v{i}", 10 - i);
            }
        });

        Assert.Equal(["v3", "v2"], Connection.GetRangeFromSet("set", 1, 2));
        Assert.Empty(Connection.GetRangeFromSet("missing", 0, 5));
    }

    [Fact]
    public void GetSetTtl_ExpiringAndPersistedSet_ReportsTimeLeftOrMinusOneSecond()
    {
        Commit(t => t.AddToSet("set", "a"));
        Assert.Equal(TimeSpan.FromSeconds(-1), Connection.GetSetTtl("set"));

        Commit(t => t.ExpireSet("set", TimeSpan.FromHours(1)));
        Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(TimeSpan.FromMinutes(50), Connection.GetSetTtl("set"));

        Commit(t => t.PersistSet("set"));
        Assert.Equal(TimeSpan.FromSeconds(-1), Connection.GetSetTtl("set"));
    }
}
