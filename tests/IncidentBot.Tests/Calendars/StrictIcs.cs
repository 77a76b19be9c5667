using System.Globalization;
using System.Text;

namespace IncidentBot.Tests.Calendars;

/// <summary>
/// A small, strict RFC 5545 reader of our own, so the feeds are checked by something other than the library that wrote
/// them (Ical.Net reads leniently, and would read back its own mistakes). It refuses what a calendar app might choke on
/// or read differently: a line not ended by CRLF, a physical line over 75 octets, bytes that are not UTF-8, BEGIN/END
/// that do not pair, a property line without a name or colon, a malformed parameter, a backslash escape other than
/// <c>\\ \; \, \n \N</c> or an unescaped <c>;</c> or <c>,</c> in a text value, a floating date-time (no <c>Z</c>, no
/// <c>TZID</c>), a <c>TZID</c> without its VTIMEZONE, a calendar without VERSION:2.0 or PRODID, an event without UID,
/// DTSTAMP, DTSTART or DTEND, or one that ends before it starts. A <c>TZID</c> time is resolved with the system's time
/// zone database under that id (an IANA name).
/// </summary>
public static class StrictIcs
{
    private const int MaxLineOctets = 75;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly HashSet<string> TextProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "NAME", "X-WR-CALNAME", "X-WR-CALDESC", "UID",
    };

    public static IcsFile Read(byte[] octets)
    {
        ArgumentNullException.ThrowIfNull(octets);
        var lines = Unfold(octets);
        var stack = new Stack<IcsComponent>();
        IcsComponent? root = null;
        foreach (var line in lines)
        {
            var property = Property(line);
            if (property.Name == "BEGIN")
            {
                var component = new IcsComponent(property.Value.ToUpperInvariant());
                if (stack.Count == 0)
                {
                    Require(root is null && component.Name == "VCALENDAR", $"'{line}': one VCALENDAR only, and nothing outside it");
                    root = component;
                }
                else
                {
                    stack.Peek().Components.Add(component);
                }

                stack.Push(component);
            }
            else if (property.Name == "END")
            {
                Require(stack.Count > 0 && stack.Peek().Name == property.Value.ToUpperInvariant(), $"'{line}' closes no open component");
                stack.Pop();
            }
            else
            {
                Require(stack.Count > 0, $"'{line}' is outside the VCALENDAR");
                stack.Peek().Properties.Add(property);
            }
        }

        Require(root is not null && stack.Count == 0, "the VCALENDAR is not closed");
        return Calendar(root!);
    }

    /// <summary>Splits at CRLF (and nowhere else), checks each physical line's length, and joins folded lines.</summary>
    private static List<string> Unfold(byte[] octets)
    {
        Require(octets.Length >= 2 && octets[^2] == '\r' && octets[^1] == '\n', "the file does not end with CRLF");
        var logical = new List<List<byte>>();
        var start = 0;
        while (start < octets.Length)
        {
            var end = start;
            while (octets[end] != '\r' && octets[end] != '\n')
            {
                end++;
            }

            Require(octets[end] == '\r' && end + 1 < octets.Length && octets[end + 1] == '\n', $"a line ending other than CRLF after octet {end}");
            var physical = octets[start..end];
            Require(physical.Length <= MaxLineOctets, $"a line of {physical.Length} octets (at most {MaxLineOctets}): {Encoding.UTF8.GetString(physical)}");
            if (physical.Length > 0 && (physical[0] == ' ' || physical[0] == '\t'))
            {
                Require(logical.Count > 0, "a continuation line comes first");
                logical[^1].AddRange(physical[1..]);
            }
            else
            {
                Require(physical.Length > 0, $"an empty line at octet {start}");
                logical.Add([.. physical]);
            }

            start = end + 2;
        }

        return [.. logical.Select(bytes => Utf8.GetString([.. bytes]))];
    }

    /// <summary><c>name *(";" param) ":" value</c>, with quoted parameter values that may hold <c>; : ,</c>.</summary>
    private static IcsProperty Property(string line)
    {
        var i = 0;
        var name = Name(line, ref i);
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (i < line.Length && line[i] == ';')
        {
            i++;
            var parameter = Name(line, ref i);
            Require(i < line.Length && line[i] == '=', $"parameter {parameter} has no '=': {line}");
            i++;
            var value = new StringBuilder();
            if (i < line.Length && line[i] == '"')
            {
                var close = line.IndexOf('"', i + 1);
                Require(close > i, $"an unclosed quoted parameter value: {line}");
                value.Append(line, i + 1, close - i - 1);
                i = close + 1;
            }
            else
            {
                while (i < line.Length && line[i] is not (';' or ':' or '"') && !char.IsControl(line[i]))
                {
                    value.Append(line[i++]);
                }
            }

            Require(parameters.TryAdd(parameter, value.ToString()), $"parameter {parameter} twice: {line}");
        }

        Require(i < line.Length && line[i] == ':', $"no ':' after the name and parameters: {line}");
        var raw = line[(i + 1)..];
        Require(!raw.Any(c => char.IsControl(c) && c != '\t'), $"a control character in the value: {line}");
        return new IcsProperty(name, parameters, TextProperties.Contains(name) ? Text(raw, line) : raw);
    }

    private static string Name(string line, ref int i)
    {
        var start = i;
        while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] == '-'))
        {
            i++;
        }

        Require(i > start, $"no name at column {start}: {line}");
        return line[start..i].ToUpperInvariant();
    }

    /// <summary>A TEXT value: <c>\\ \; \, \n \N</c> only, and no bare <c>;</c> or <c>,</c> (RFC 5545 3.3.11).</summary>
    private static string Text(string raw, string line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < raw.Length; i++)
        {
            Require(raw[i] is not (';' or ','), $"an unescaped '{raw[i]}' in a text value: {line}");
            if (raw[i] != '\\')
            {
                text.Append(raw[i]);
                continue;
            }

            Require(i + 1 < raw.Length, $"a backslash ends the value: {line}");
            text.Append(raw[++i] switch
            {
                '\\' => '\\',
                ';' => ';',
                ',' => ',',
                'n' or 'N' => '\n',
                var other => throw new FormatException($"'\\{other}' is no escape in a text value: {line}"),
            });
        }

        return text.ToString();
    }

    private static IcsFile Calendar(IcsComponent root)
    {
        Require(root.Single("VERSION")?.Value == "2.0", "VERSION:2.0 is missing");
        Require(root.Single("PRODID") is not null, "PRODID is missing");
        var zones = root.Components.Where(c => c.Name == "VTIMEZONE").Select(z => z.Single("TZID")?.Value ?? "").ToHashSet(StringComparer.Ordinal);
        var events = root.Components.Where(c => c.Name == "VEVENT").Select(e => Event(e, zones)).ToList();
        return new IcsFile(root, events);
    }

    private static IcsEvent Event(IcsComponent e, HashSet<string> zones)
    {
        var uid = e.Single("UID")?.Value;
        Require(!string.IsNullOrEmpty(uid), "an event without UID");
        Require(e.Single("DTSTAMP") is { } stamp && DateTime(stamp, zones) is { Offset.Ticks: 0 }, $"event {uid}: DTSTAMP is missing or not UTC");
        var start = DateTime(e.Single("DTSTART") ?? throw new FormatException($"event {uid} has no DTSTART"), zones);
        var end = DateTime(e.Single("DTEND") ?? throw new FormatException($"event {uid} has no DTEND"), zones);
        Require(end > start, $"event {uid} ends ({end:O}) before it starts ({start:O})");
        return new IcsEvent(uid!, e.Single("SUMMARY")?.Value ?? "", e.Single("DESCRIPTION")?.Value ?? "", start, end, e);
    }

    /// <summary>A DATE-TIME in UTC (<c>…Z</c>) or with a TZID its VTIMEZONE defines; a floating one is refused.</summary>
    private static DateTimeOffset DateTime(IcsProperty property, HashSet<string> zones)
    {
        var value = property.Value;
        if (value.EndsWith('Z'))
        {
            Require(!property.Parameters.ContainsKey("TZID"), $"{property.Name} is both UTC and TZID");
            return new DateTimeOffset(Parse(value[..^1], property), TimeSpan.Zero);
        }

        Require(property.Parameters.TryGetValue("TZID", out var tzid), $"{property.Name}:{value} is floating (no Z, no TZID)");
        Require(zones.Contains(tzid!), $"{property.Name} names TZID {tzid} with no VTIMEZONE for it");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(tzid!);
        var local = Parse(value, property);
        Require(!zone.IsInvalidTime(local), $"{property.Name}:{value} does not exist in {tzid}");
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static DateTime Parse(string value, IcsProperty property) =>
        System.DateTime.TryParseExact(value, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : throw new FormatException($"{property.Name}:{value} is not a DATE-TIME");

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new FormatException(problem);
        }
    }
}

/// <summary>A property as read: its name upper-cased, its parameters, its value (TEXT values unescaped).</summary>
public sealed record IcsProperty(string Name, IReadOnlyDictionary<string, string> Parameters, string Value);

/// <summary>A component (VCALENDAR, VEVENT, VTIMEZONE…) and what it holds.</summary>
public sealed record IcsComponent(string Name)
{
    public List<IcsProperty> Properties { get; } = [];

    public List<IcsComponent> Components { get; } = [];

    /// <summary>The property of that name; null when absent; a second one is an error.</summary>
    public IcsProperty? Single(string name)
    {
        var found = Properties.Where(p => p.Name == name).ToList();
        return found.Count <= 1 ? found.FirstOrDefault() : throw new FormatException($"{Name} has {name} {found.Count} times");
    }
}

/// <summary>An event read back: the instants DTSTART and DTEND name, whatever form they were written in.</summary>
public sealed record IcsEvent(string Uid, string Summary, string Description, DateTimeOffset Start, DateTimeOffset End, IcsComponent Component);

/// <summary>A calendar read back.</summary>
public sealed record IcsFile(IcsComponent Root, IReadOnlyList<IcsEvent> Events)
{
    public string? this[string name] => Root.Single(name)?.Value;
}
