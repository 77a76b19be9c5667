namespace IncidentBot.Core.Incidents;

/// <summary>The wire names of severities (<c>sev1</c>…<c>sev4</c>).</summary>
public static class SeverityNames
{
    public static string ToWireName(this Severity severity) => severity switch
    {
        Severity.Sev1 => "sev1",
        Severity.Sev2 => "sev2",
        Severity.Sev3 => "sev3",
        Severity.Sev4 => "sev4",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity"),
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        severity = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "sev1" or "1" or "s1": severity = Severity.Sev1; return true;
            case "sev2" or "2" or "s2": severity = Severity.Sev2; return true;
            case "sev3" or "3" or "s3": severity = Severity.Sev3; return true;
            case "sev4" or "4" or "s4": severity = Severity.Sev4; return true;
            default: return false;
        }
    }
}
