namespace IncidentBot.Teams.Activities;

/// <summary>
/// A <c>conversationUpdate</c> or <c>installationUpdate</c>: the bot installed in or removed from a team, chat or
/// personal scope, people joining or leaving, a channel created or renamed (<see cref="EventType"/>, e.g.
/// <c>teamMemberAdded</c>, <c>channelCreated</c>). Where it happened is the activity's conversation and
/// <c>channelData.team</c>; its <c>serviceUrl</c> is where to reach that conversation.
/// </summary>
public sealed record TeamsConversationEvent(
    TeamsActivity Activity,
    string? EventType,
    bool BotAdded,
    bool BotRemoved,
    IReadOnlyList<TeamsAccount> MembersAdded,
    IReadOnlyList<TeamsAccount> MembersRemoved)
{
    public TeamsChannelDataItem? Team => Activity.ChannelData?.Team;
}
