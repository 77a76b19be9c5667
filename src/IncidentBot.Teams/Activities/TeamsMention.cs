namespace IncidentBot.Teams.Activities;

/// <summary>
/// A person @mentioned in a message: the Teams user id (<c>29:…</c>, or an Entra object id or UPN when the bot
/// mentions someone) and the name shown. Teams carries it as a <c>mention</c> entity whose <c>text</c>,
/// <c>&lt;at&gt;Name&lt;/at&gt;</c>, stands in the message text
/// (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/channel-and-group-conversations#work-with-mentions).
/// </summary>
public sealed record TeamsMention(string Id, string Name);
