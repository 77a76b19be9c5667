namespace IncidentBot.Teams.Activities;

/// <summary>
/// A message action run on a message (the manifest's "Add to timeline", <see cref="TeamsActivityTypes.AddToTimelineCommandId"/>),
/// arriving as a <c>composeExtension/fetchTask</c> invoke with the message in <c>value.messagePayload</c>
/// (https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/action-commands/create-task-module):
/// <see cref="MessageId"/> the message's id, <see cref="Text"/> its body as text, <see cref="AuthorId"/> the author's
/// Entra object id. The conversation is the activity's.
/// </summary>
public sealed record TeamsMessageAction(
    TeamsActivity Activity,
    string CommandId,
    string MessageId,
    string Text,
    string? AuthorId,
    string? AuthorName,
    DateTimeOffset? WrittenAt,
    Uri? Link)
{
    public TeamsAccount From => Activity.From!;

    public string ConversationId => Activity.Conversation!.Id!;
}
