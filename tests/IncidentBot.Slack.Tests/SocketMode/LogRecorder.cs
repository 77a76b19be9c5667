using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Slack.Tests.SocketMode;

/// <summary>Keeps what was logged from any thread, with the structured values, so tests can check what an operator would see.</summary>
internal sealed class LogRecorder : ILogger
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public bool Has(LogLevel level, string text) =>
        Entries.Any(e => e.Level == level && e.Message.Contains(text, StringComparison.Ordinal));

    /// <summary>The values logged under <paramref name="name"/> in messages containing <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<T> Values<T>(string text, string name) =>
        [.. Entries.Where(e => e.Message.Contains(text, StringComparison.Ordinal)).Select(e => e.Values[name]).OfType<T>()];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.ToDictionary(p => p.Key, p => p.Value)
            : [];
        Entries.Enqueue(new LogEntry(logLevel, formatter(state, exception), values, exception));
    }
}
