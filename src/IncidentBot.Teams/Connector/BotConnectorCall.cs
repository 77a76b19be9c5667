namespace IncidentBot.Teams.Connector;

/// <summary>
/// One request to the Bot Connector: <see cref="Operation"/> names it in errors (the swagger's operation name),
/// <see cref="Path"/> is relative to the service URL with its ids escaped, <see cref="Repeatable"/> says whether
/// Teams applying it twice would be harmless.
/// </summary>
internal sealed record BotConnectorCall(string Operation, HttpMethod Method, Uri ServiceUrl, string Path, bool Repeatable);
