namespace IncidentBot.Teams.Activities;

/// <summary>
/// Where an activity happened. <see cref="ConversationType"/> is <c>personal</c>, <c>groupChat</c> or
/// <c>channel</c>; in a channel the id of a thread is the channel's with <c>;messageid=…</c> of its first message.
/// </summary>
public sealed record TeamsConversation
{
    public string? Id { get; init; }

    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    public bool? IsGroup { get; init; }

    public string? Name { get; init; }
}
