namespace IncidentBot.Core.Postmortems.Conversation;

/// <summary>How a kind of finding is named to people.</summary>
public static class FindingKindNames
{
    public static string Label(this FindingKind kind) => kind switch
    {
        FindingKind.RootCause => "Root cause",
        FindingKind.Impact => "Impact",
        FindingKind.RuledOut => "Ruled out",
        FindingKind.ActionTaken => "Action",
        FindingKind.Decision => "Decision",
        FindingKind.ActionItem => "Action item",
        FindingKind.OpenQuestion => "Question",
        FindingKind.ContributingFactor => "Contributing factor",
        FindingKind.WentWell => "Went well",
        FindingKind.WentPoorly => "Went poorly",
        FindingKind.Lucky => "Lucky",
        FindingKind.Recovery => "Recovery",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
