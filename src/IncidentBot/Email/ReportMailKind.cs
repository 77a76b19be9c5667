namespace IncidentBot.Email;

/// <summary>Which report a mail carries: a draft the bot delivered, or a manager's approved version.</summary>
public enum ReportMailKind
{
    Draft,
    Approval,
}
