using LiteDB;

namespace IncidentBot.Storage.Jobs;

/// <summary>
/// A typed view of one <c>hf_*</c> collection, mapped with the job storage's own <see cref="BsonMapper"/> (the
/// database's mapper stays the domain's). Documents whose id is 0 get the collection's next id on insert.
/// </summary>
internal sealed class DocumentSet<T>(ILiteCollection<BsonDocument> documents, BsonMapper mapper)
    where T : class
{
    private const string IdField = "_id";

    public ILiteCollection<BsonDocument> Documents => documents;

    public T Map(BsonDocument document) => mapper.ToObject<T>(document);

    public T? FindById(BsonValue id) => documents.FindById(id) is { } document ? mapper.ToObject<T>(document) : null;

    public IEnumerable<T> Find(BsonExpression predicate) => documents.Find(predicate).Select(mapper.ToObject<T>);

    /// <summary>Every document in id order (for queues and lists: the order they were added in).</summary>
    public IEnumerable<T> FindAll() => documents.FindAll().Select(mapper.ToObject<T>);

    public int Count(BsonExpression predicate) => documents.Count(predicate);

    public BsonValue Insert(T item)
    {
        var document = mapper.ToDocument(item);
        if (document[IdField] is { IsNumber: true } id && id.AsInt64 == 0)
        {
            document.Remove(IdField);
        }

        return documents.Insert(document);
    }

    public void Update(T item) => documents.Update(mapper.ToDocument(item));

    public void Upsert(T item) => documents.Upsert(mapper.ToDocument(item));

    public bool Delete(BsonValue id) => documents.Delete(id);
}
