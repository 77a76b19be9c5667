using System.Diagnostics.CodeAnalysis;

namespace IncidentBot.Core.Alerts;

/// <summary>
/// Finds the parser for the <c>{source}</c> of <c>POST /alerts/{source}</c>. Built once from the registered
/// parsers; two parsers claiming the same name is a wiring mistake, so it fails at start-up instead of letting
/// one silently shadow the other.
/// </summary>
public sealed class AlertParserCatalog
{
    private readonly Dictionary<string, IAlertParser> _parsers = new(StringComparer.OrdinalIgnoreCase);

    /// <exception cref="ArgumentException">A parser has a blank source name, or two share one (ignoring case).</exception>
    public AlertParserCatalog(IEnumerable<IAlertParser> parsers)
    {
        ArgumentNullException.ThrowIfNull(parsers);
        foreach (IAlertParser parser in parsers)
        {
            if (string.IsNullOrWhiteSpace(parser.Source))
            {
                throw new ArgumentException($"The alert parser {parser.GetType().Name} has no source name.", nameof(parsers));
            }

            if (!_parsers.TryAdd(parser.Source, parser))
            {
                IAlertParser other = _parsers[parser.Source];
                throw new ArgumentException(
                    $"The alert parsers {other.GetType().Name} and {parser.GetType().Name} both claim the source '{parser.Source}'.",
                    nameof(parsers));
            }
        }

        Sources = _parsers.Keys.Order(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    /// <summary>The source names, sorted, as the parsers spell them.</summary>
    public IReadOnlyCollection<string> Sources { get; }

    /// <summary>The parser for <paramref name="source"/>, ignoring case.</summary>
    public bool TryGet(string source, [MaybeNullWhen(false)] out IAlertParser parser) =>
        _parsers.TryGetValue(source, out parser);
}
