using Microsoft.Extensions.Logging;

namespace IncidentBot.Slack.Tests.SocketMode;

internal sealed record LogEntry(LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values, Exception? Exception);
