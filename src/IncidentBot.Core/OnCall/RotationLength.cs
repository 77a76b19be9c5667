using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentBot.Core.OnCall;

/// <summary>
/// How long each person's turn in a rotation lasts. Days and weeks are calendar lengths: a weekly rotation hands off
/// at the same wall-clock time every week, DST or not (a turn across a DST change is an hour shorter or longer). Hours
/// are elapsed time: a 12-hour follow-the-sun turn is always 12 hours.
/// </summary>
public readonly partial record struct RotationLength(int Count, RotationUnit Unit)
{
    public static RotationLength Daily { get; } = new(1, RotationUnit.Days);

    public static RotationLength Weekly { get; } = new(1, RotationUnit.Weeks);

    /// <summary>The calendar days of a turn; zero for an hour-based rotation.</summary>
    public int Days => Unit switch
    {
        RotationUnit.Days => Count,
        RotationUnit.Weeks => Count * 7,
        _ => 0,
    };

    /// <summary>Reads <c>daily</c>, <c>weekly</c>, <c>12h</c>, <c>3d</c>, <c>2w</c>.</summary>
    public static bool TryParse(string? text, out RotationLength length)
    {
        length = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "daily":
                length = Daily;
                return true;
            case "weekly":
                length = Weekly;
                return true;
        }

        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 8_760)
        {
            return false;
        }

        length = new RotationLength(count, match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "h" => RotationUnit.Hours,
            "d" => RotationUnit.Days,
            _ => RotationUnit.Weeks,
        });
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count}{Unit switch { RotationUnit.Hours => "h", RotationUnit.Days => "d", _ => "w" }}");

    [GeneratedRegex(@"^(?<n>\d{1,4})\s*(?<unit>[hdw])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
