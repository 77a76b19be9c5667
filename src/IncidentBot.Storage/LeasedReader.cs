using LiteDB;

namespace IncidentBot.Storage;

/// <summary>A query's reader that keeps its engine open until it is disposed (see <see cref="RecoverableEngine"/>).</summary>
internal sealed class LeasedReader(IBsonDataReader reader, Action release) : IBsonDataReader
{
    private Action? _release = release;

    public BsonValue this[string field] => reader[field];

    public string Collection => reader.Collection;

    public BsonValue Current => reader.Current;

    public bool HasValues => reader.HasValues;

    public bool Read() => reader.Read();

    public void Dispose()
    {
        try
        {
            reader.Dispose();
        }
        finally
        {
            Interlocked.Exchange(ref _release, null)?.Invoke();
        }
    }
}
