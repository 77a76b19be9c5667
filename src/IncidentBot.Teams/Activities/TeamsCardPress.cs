using System.Text.Json;

namespace IncidentBot.Teams.Activities;

/// <summary>
/// A press of a card button, by either route (<see cref="TeamsCardPressKind"/>): <see cref="ActionId"/> is the core's
/// action id (from the data the bot put on the button, else the <c>Action.Execute</c> verb; null when the press
/// carries neither: not one of the bot's buttons), <see cref="Value"/> the button's value, <see cref="MessageId"/>
/// the message with the card (the activity's <c>replyToId</c>), to update it.
/// </summary>
public sealed record TeamsCardPress(
    TeamsActivity Activity,
    TeamsCardPressKind Kind,
    string? Verb,
    string? ActionId,
    string Value,
    JsonElement? Data,
    string? MessageId)
{
    public TeamsAccount From => Activity.From!;

    public string ConversationId => Activity.Conversation!.Id!;
}
