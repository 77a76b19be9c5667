namespace IncidentBot.Teams.Testing.Connector;

/// <summary>
/// A conversation the bot created on the fake Teams (a channel thread: <see cref="ChannelId"/> set; a 1:1 chat:
/// <see cref="MemberId"/> set), or one it sent to that the fake had not seen (neither set).
/// </summary>
public sealed record FakeTeamsConversation(string Id, bool IsGroup, string? ChannelId, string? MemberId, string? TenantId);
