namespace IncidentBot.Teams.Connector;

/// <summary>A <c>ChannelAccount</c>: the bot (<c>28:{appId}</c>) or a person (<c>29:…</c>, or their Entra object id).</summary>
public sealed record ConnectorAccount(string Id, string? Name = null);
