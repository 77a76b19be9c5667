namespace IncidentBot.Core.Alerts;

/// <summary>
/// Turns one webhook body of a monitoring source into normalized alerts. A parser names its grouping key
/// and resolve rule in its XML docs; it never throws for bad input but returns a failure with a reason.
/// </summary>
public interface IAlertParser
{
    /// <summary>The source name used in <c>POST /alerts/{source}</c>.</summary>
    string Source { get; }

    /// <summary>Parses a webhook body (UTF-8 JSON).</summary>
    AlertParseResult Parse(ReadOnlySpan<byte> body);
}
