using System.Collections;
using System.Reflection;
using LiteDB.Engine;

namespace IncidentBot.Storage;

/// <summary>
/// A LiteDB engine open on the data folder's file and its log. LiteDB opens the files itself, unless
/// <see cref="StorageOptions.WrapFile"/> asks for the streams to go through a wrapper (tests inject disk faults so).
/// </summary>
internal sealed class OpenEngine : IDisposable
{
    private readonly StorageOptions _options;
    private readonly Stream? _data;
    private readonly Stream? _log;

    private OpenEngine(StorageOptions options, Stream? data, Stream? log)
    {
        _options = options;
        _data = data;
        _log = log;
        try
        {
            Engine = data is null
                ? new LiteEngine(new EngineSettings { Filename = options.DatabasePath })
                : new LiteEngine(new EngineSettings { DataStream = data, LogStream = log });
        }
        catch
        {
            CloseStreams();
            throw;
        }
    }

    public LiteEngine Engine { get; }

    /// <summary>The size of the commit log in bytes: what a checkpoint would copy into the data file.</summary>
    public long LogLength => _log?.Length ?? (File.Exists(_options.LogPath) ? new FileInfo(_options.LogPath).Length : 0);

    public static OpenEngine Open(StorageOptions options)
    {
        if (options.WrapFile is not { } wrap)
        {
            return new OpenEngine(options, null, null);
        }

        var data = wrap(OpenFile(options.DatabasePath));
        try
        {
            return new OpenEngine(options, data, wrap(OpenFile(options.LogPath)));
        }
        catch
        {
            data.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            Engine.Dispose();
        }
        finally
        {
            CloseStreams();
        }
    }

    /// <summary>
    /// Closes an engine whose commit failed half-way. Its open transaction cannot be disposed (LiteDB's check that its
    /// pages are still writable fails), and the same check in the transaction's finalizer would end the process, so the
    /// finalizer is called off first. LiteDB keeps the transactions in a private field; the version is pinned, and a
    /// test runs the finalizers after a failed commit.
    /// </summary>
    public void DisposeBroken()
    {
        foreach (var transaction in OpenTransactions())
        {
            GC.SuppressFinalize(transaction);
        }

        try
        {
            Dispose();
        }
        catch (IOException)
        {
            // The files are closed or never will be better; the next engine opens them afresh.
        }
    }

    private IEnumerable<object> OpenTransactions()
    {
        const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Instance;
        var monitor = typeof(LiteEngine).GetField("_monitor", Private)?.GetValue(Engine)
            ?? throw new InvalidOperationException("LiteDB's engine has no _monitor: this code knows LiteDB 5.0.21 only.");
        var transactions = monitor.GetType().GetField("_transactions", Private)?.GetValue(monitor) as IDictionary
            ?? throw new InvalidOperationException("LiteDB's transaction monitor has no _transactions: this code knows LiteDB 5.0.21 only.");
        lock (transactions)
        {
            return transactions.Values.Cast<object>().ToList();
        }
    }

    // As LiteDB opens its own: shared for reading, a page of buffer.
    private static FileStream OpenFile(string path) =>
        new(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 8192, FileOptions.RandomAccess);

    private void CloseStreams()
    {
        var emptyLog = _log is { CanSeek: true, Length: 0 };
        _data?.Dispose();
        _log?.Dispose();
        if (emptyLog)
        {
            // LiteDB deletes an empty log of files it opened itself; the same for ones it was given.
            File.Delete(_options.LogPath);
        }
    }
}
