using LiteDB;

namespace IncidentBot.Storage.Tests;

public sealed class IncidentCacheTests
{
    [Fact]
    public void Read_AfterACommitOfANewerDocument_KeepsTheCommittedOne()
    {
        IncidentCache cache = new();
        cache.Committed(Document(1, "Acknowledged", "C1"));

        cache.Read(Document(1, "Triggered", "C1"));

        Assert.Equal("Acknowledged", cache.Find(1)!["Status"].AsString);
        Assert.Equal(1, cache.NumberOfChannel("C1"));
    }

    [Fact]
    public void Committed_AfterARead_ReplacesItAndLearnsTheChannel()
    {
        IncidentCache cache = new();
        cache.Read(Document(2, "Triggered", null));

        cache.Committed(Document(2, "Triggered", "C2"));

        Assert.Equal(2, cache.NumberOfChannel("C2"));
        Assert.Null(cache.NumberOfChannel("C1"));
    }

    private static BsonDocument Document(int number, string status, string? channel) => new()
    {
        ["_id"] = number, ["Status"] = status, ["ChannelId"] = channel is null ? BsonValue.Null : new BsonValue(channel),
    };
}
