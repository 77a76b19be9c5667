using System.Collections.Concurrent;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// The incident documents as last committed, by number and by channel, so the commands of a busy incident
/// (a note a millisecond) do not each query the file. The bot is the file's only user (it is opened
/// exclusively), so what it committed is what is stored: a commit replaces the cached document once it is
/// committed, in commit order; a read only fills a gap, so it can never put back an older document. Cached
/// documents are never changed; callers get their own copies when they map them to objects.
/// </summary>
internal sealed class IncidentCache
{
    private const string ChannelField = "ChannelId";

    private readonly ConcurrentDictionary<int, BsonDocument> _byNumber = new();
    private readonly ConcurrentDictionary<string, int> _byChannel = new(StringComparer.Ordinal);

    public BsonDocument? Find(int number) => _byNumber.GetValueOrDefault(number);

    public int? NumberOfChannel(string channelId) => _byChannel.TryGetValue(channelId, out var number) ? number : null;

    /// <summary>A document just committed: it is now the stored one.</summary>
    public void Committed(BsonDocument document)
    {
        var number = document["_id"].AsInt32;
        _byNumber[number] = document;
        if (document[ChannelField] is { IsString: true } channel)
        {
            _byChannel[channel.AsString] = number;
        }
    }

    /// <summary>A document read from the file: kept unless a commit has already put a newer one.</summary>
    public void Read(BsonDocument document)
    {
        var number = document["_id"].AsInt32;
        if (_byNumber.TryAdd(number, document) && document[ChannelField] is { IsString: true } channel)
        {
            _byChannel.TryAdd(channel.AsString, number);
        }
    }
}
