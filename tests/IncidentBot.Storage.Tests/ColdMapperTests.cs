using Json = System.Text.Json.JsonSerializer;
using IncidentBot.Core.Incidents;
using IncidentBot.Storage.Jobs;
using IncidentBot.Storage.Jobs.Documents;
using LiteDB;

namespace IncidentBot.Storage.Tests;

/// <summary>
/// LiteDB 5.0.21's <see cref="BsonMapper"/> builds a type's mapping the first time it meets the type and shares it
/// with other threads before it is complete: a reader on another thread then gets a document with fields missing,
/// and no error. In a fresh process the first reads come from many threads at once (Hangfire's workers, requests).
/// </summary>
public sealed class ColdMapperTests
{
    private const int Attempts = 25;
    private const int Readers = 8;

    [Fact]
    public void StorageMapper_FirstReadsOnManyThreadsAtOnce_ReadEveryField()
    {
        var state = IncidentStoreTests.FullIncident().State;
        var document = StorageMapper.Create().ToDocument(state);

        AssertEveryReadComplete(StorageMapper.Create, mapper => Json.Serialize(mapper.ToObject<IncidentState>(document)), Json.Serialize(state));
    }

    [Fact]
    public void JobDocumentMapper_FirstReadsOnManyThreadsAtOnce_ReadEveryField()
    {
        StateRecord enqueued = new() { Name = "Enqueued", Reason = "test", CreatedAt = Times.T0.UtcDateTime, Data = new() { ["Queue"] = "default" } };
        JobRecord job = new() { Id = 7, Payload = "{}", CreatedAt = Times.T0.UtcDateTime, Parameters = new() { ["Culture"] = "en" }, State = enqueued, History = [enqueued] };
        var document = JobDocumentMapper.Create().ToDocument(job);

        AssertEveryReadComplete(JobDocumentMapper.Create, mapper => Json.Serialize(mapper.ToObject<JobRecord>(document)), Json.Serialize(job));
    }

    /// <summary>Many times over, a new mapper's first reads on <see cref="Readers"/> threads released together.</summary>
    private static void AssertEveryReadComplete(Func<BsonMapper> create, Func<BsonMapper, string> read, string expected)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var mapper = create();
            var reads = new string[Readers];
            using Barrier start = new(Readers);
            var threads = Enumerable.Range(0, Readers).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    reads[i] = read(mapper);
                }
                catch (Exception ex)
                {
                    // A failed read is reported by the assertion below; escaping this thread it would end the test host.
                    reads[i] = $"{ex.GetType().Name}: {ex.Message}";
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.All(reads, r => Assert.Equal(expected, r));
        }
    }
}
