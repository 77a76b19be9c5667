namespace IncidentBot.Teams.Activities;

/// <summary>
/// A command typed to the bot: <see cref="Text"/> is the subcommand and its arguments (<c>ack 15m</c>), what the
/// core's <c>CommandInvocation.Text</c> takes; <see cref="Mentions"/> the people it @mentions besides the bot
/// (<c>lead @Ada</c>), written in the text as <c>&lt;@id|Name&gt;</c>.
/// </summary>
public sealed record TeamsCommand(TeamsActivity Activity, string Text, IReadOnlyList<TeamsMention> Mentions)
{
    public TeamsAccount From => Activity.From!;

    public string ConversationId => Activity.Conversation!.Id!;
}
