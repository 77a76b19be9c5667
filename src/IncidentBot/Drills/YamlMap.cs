using YamlDotNet.RepresentationModel;

namespace IncidentBot.Drills;

/// <summary>Strict reading of a YAML mapping: unknown keys are errors, each error names where it is.</summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _where;

    public YamlMap(YamlNode node, string where, params string[] allowedKeys)
    {
        ArgumentNullException.ThrowIfNull(node);
        _where = where;
        _node = node as YamlMappingNode ?? throw new DrillException($"{where}: expected a mapping of keys");
        foreach (var key in _node.Children.Keys)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (!allowedKeys.Contains(name, StringComparer.Ordinal))
            {
                throw new DrillException($"{where}: unknown key '{name}' (line {key.Start.Line}); expected one of {string.Join(", ", allowedKeys)}");
            }
        }
    }

    public IEnumerable<string> Keys => _node.Children.Keys.Select(k => ((YamlScalarNode)k).Value ?? "");

    public YamlNode? Node(string key) => _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? String(string key) => Node(key) switch
    {
        null => null,
        YamlScalarNode scalar => scalar.Value,
        var other => throw new DrillException($"{_where}: '{key}' must be text (line {other.Start.Line})"),
    };

    public string RequiredString(string key) =>
        String(key) is { Length: > 0 } value ? value : throw new DrillException($"{_where}: '{key}' is required");

    public IReadOnlyList<YamlNode> Sequence(string key) => Node(key) switch
    {
        null => [],
        YamlSequenceNode sequence => sequence.Children.ToList(),
        var other => throw new DrillException($"{_where}: '{key}' must be a list (line {other.Start.Line})"),
    };

    public IReadOnlyList<string> Strings(YamlNode node, string what) => node is YamlSequenceNode sequence
        ? sequence.Children.Select(c => (c as YamlScalarNode)?.Value ?? throw new DrillException($"{_where}: {what} must list names (line {c.Start.Line})")).ToList()
        : throw new DrillException($"{_where}: {what} must be a list (line {node.Start.Line})");
}
