namespace IncidentBot.Slack.WebApi;

/// <summary>A user <c>conversations.invite</c> could not add, with Slack's error (e.g. <c>user_is_restricted</c>).</summary>
public sealed record SlackInviteRefusal(string User, string Error);
