namespace IncidentBot.Core.Alerts;

/// <summary>
/// Raised inside a parser when a webhook body is well-formed JSON but not the shape the source promises.
/// It never leaves a parser: <see cref="AlertJson.Parse"/> turns it into <see cref="AlertParseResult.Failure"/>,
/// which keeps field readers short without letting bad input become an exception for callers.
/// </summary>
internal sealed class AlertPayloadException(string message) : Exception(message);
