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

    /// <summary>The file name of an approved version: <c>inc-42-postmortem-approved.md</c>.</summary>
    public static string ApprovedNameOf(string incidentKey)
    {
        ArgumentNullException.ThrowIfNull(incidentKey);
        return $"{incidentKey.ToLowerInvariant()}-postmortem-approved.md";
    }

    /// <summary>An approved version's title: <c>INC-42 postmortem (approved)</c>, or <c>(approval 2)</c> after the first.</summary>
    public static string ApprovedTitleOf(string incidentKey, int approval) =>
        approval == 1 ? $"{incidentKey} postmortem (approved)" : $"{incidentKey} postmortem (approval {approval})";
}
