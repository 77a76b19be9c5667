namespace IncidentBot.Drills;

/// <summary>How a drill writes a command on any platform: <c>/incident &lt;subcommand&gt;</c>.</summary>
public static class DrillCommand
{
    public const string Prefix = "/incident";

    /// <summary>True when <paramref name="typed"/> is a command; <paramref name="rest"/> is what follows <c>/incident</c>.</summary>
    public static bool TryRest(string typed, out string rest)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var trimmed = typed.Trim();
        var isCommand = trimmed.Equals(Prefix, StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith(Prefix + " ", StringComparison.OrdinalIgnoreCase);
        rest = isCommand ? trimmed[Prefix.Length..].Trim() : "";
        return isCommand;
    }
}
