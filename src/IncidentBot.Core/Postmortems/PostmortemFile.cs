namespace IncidentBot.Core.Postmortems;

/// <summary>How a drafted postmortem is named wherever it is shared: in chat, as a file, on its web page.</summary>
public static class PostmortemFile
{
    /// <summary>The file name people download it as: <c>inc-42-postmortem.md</c>.</summary>
    public static string NameOf(string incidentKey)
    {
        ArgumentNullException.ThrowIfNull(incidentKey);
        return $"{incidentKey.ToLowerInvariant()}-postmortem.md";
    }

    /// <summary>Its title: <c>INC-42 postmortem (draft 2)</c>.</summary>
    public static string TitleOf(string incidentKey, int revision) => $"{incidentKey} postmortem (draft {revision})";
}
