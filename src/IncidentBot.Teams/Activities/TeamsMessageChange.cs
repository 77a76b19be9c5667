namespace IncidentBot.Teams.Activities;

/// <summary>
/// An edit, undelete or (soft) delete of a channel message
/// (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events#message-update-event):
/// <see cref="MessageId"/> is the message's id, <see cref="Text"/> its text now (null when deleted).
/// </summary>
public sealed record TeamsMessageChange(TeamsActivity Activity, TeamsMessageChangeKind Kind, string MessageId, string? Text);
