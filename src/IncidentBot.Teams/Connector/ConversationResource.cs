namespace IncidentBot.Teams.Connector;

/// <summary>
/// What creating a conversation answers (<c>ConversationResourceResponse</c>): its <see cref="Id"/> (for a channel
/// thread <c>19:…@thread.tacv2;messageid=…</c>, where replies in the thread go), and the first activity's id when
/// one was sent with it.
/// </summary>
public sealed record ConversationResource(string Id, string? ActivityId = null, string? ServiceUrl = null);
