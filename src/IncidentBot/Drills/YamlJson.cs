using System.Globalization;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IncidentBot.Drills;

/// <summary>
/// Writes a YAML node as JSON, so an alert body in a drill is the exact webhook payload: quoted scalars are
/// strings; plain ones that look like numbers, booleans or null become those.
/// </summary>
public static class YamlJson
{
    public static byte[] ToJson(YamlNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, node);
        }

        return buffer.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    writer.WritePropertyName(((YamlScalarNode)key).Value ?? "");
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(writer, scalar);
                break;
            default:
                throw new DrillException($"line {node.Start.Line}: YAML aliases are not supported in alert bodies");
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain)
        {
            writer.WriteStringValue(value);
        }
        else if (value is "" or "null" or "~")
        {
            writer.WriteNullValue();
        }
        else if (value is "true" or "false")
        {
            writer.WriteBooleanValue(value == "true");
        }
        else if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            writer.WriteNumberValue(integer);
        }
        else if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            writer.WriteNumberValue(real);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
