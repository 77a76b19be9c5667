using System.Diagnostics.CodeAnalysis;
using IncidentBot.Core.Alerts;

namespace IncidentBot.Alerts;

/// <summary>
/// The gate of each alert source, by source name. Every parser must have exactly one: a parser without a gate
/// would be a door without a lock, so that fails at start-up rather than on the first delivery.
/// </summary>
public sealed class AlertSourceGates
{
    /// <summary>The sources that authenticate with <c>Alerts:&lt;source&gt;:Token</c> or <c>:HmacSecret</c>, generated when not set.</summary>
    public static readonly IReadOnlyList<string> TokenSources = [AlertmanagerParser.SourceName, GrafanaParser.SourceName, GenericWebhookParser.SourceName];

    private readonly Dictionary<string, IAlertSourceGate> _gates = new(StringComparer.OrdinalIgnoreCase);

    /// <exception cref="ArgumentException">Two gates guard one source, or a parser has none.</exception>
    public AlertSourceGates(IEnumerable<IAlertSourceGate> gates, AlertParserCatalog parsers)
    {
        ArgumentNullException.ThrowIfNull(gates);
        ArgumentNullException.ThrowIfNull(parsers);
        foreach (var gate in gates)
        {
            if (!_gates.TryAdd(gate.Source, gate))
            {
                throw new ArgumentException($"Two gates guard the alert source '{gate.Source}'.", nameof(gates));
            }
        }

        if (parsers.Sources.FirstOrDefault(source => !_gates.ContainsKey(source)) is { } unguarded)
        {
            throw new ArgumentException($"The alert source '{unguarded}' has a parser but no gate.", nameof(gates));
        }

        Configured = parsers.Sources.Where(source => _gates[source].Unconfigured is null).ToArray();
    }

    /// <summary>The sources that take deliveries, sorted.</summary>
    public IReadOnlyCollection<string> Configured { get; }

    public bool TryGet(string source, [MaybeNullWhen(false)] out IAlertSourceGate gate) => _gates.TryGetValue(source, out gate);
}
