namespace IncidentBot.Teams.Activities;

/// <summary>
/// Reactions added to or removed from one of the bot's own messages (Teams sends no others to bots):
/// <see cref="MessageId"/> is the message reacted to (the activity's <c>replyToId</c>).
/// </summary>
public sealed record TeamsReaction(TeamsActivity Activity, string MessageId, IReadOnlyList<string> Added, IReadOnlyList<string> Removed);
