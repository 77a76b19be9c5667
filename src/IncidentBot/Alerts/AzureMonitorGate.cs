using IncidentBot.Core.Alerts;
using IncidentBot.Endpoints;
using IncidentBot.Security;
using Microsoft.Extensions.Options;

namespace IncidentBot.Alerts;

/// <summary>
/// Azure Monitor's gate: the token in the query (<c>?token=</c>), as an action group webhook can only send what
/// its URL holds, or an <c>Authorization: Bearer</c> header for other senders; compared in constant time.
/// </summary>
/// <remarks>
/// Action groups offer two ways to authenticate a webhook: a plain URL (a secret can only be in it) and the
/// "secure webhook", which sends a Microsoft Entra ID token. The URL secret is what works for every action group
/// without an Entra app registration; it is sent over HTTPS only, and at its default log levels the bot logs no
/// request URLs. The Entra token is the stronger choice (nothing secret in the URL) and is not supported yet.
/// </remarks>
/// <seealso href="https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups#webhook"/>
public sealed class AzureMonitorGate(IOptions<AzureMonitorOptions> options) : IAlertSourceGate
{
    public const string QueryParameter = "token";

    private readonly AzureMonitorOptions _options = options.Value;

    public string Source => AzureMonitorParser.SourceName;

    public string? Unconfigured => string.IsNullOrEmpty(_options.Token) ? $"set {AzureMonitorOptions.SectionName}:Token" : null;

    public Task<IResult?> AdmitAsync(HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = _options.Token!;
        var admitted = request.Query.TryGetValue(QueryParameter, out var query)
            ? query.Count == 1 && Secrets.Equal(query[0], token)
            : RequestAuthenticator.BearerMatches(request, token);
        return Task.FromResult(admitted
            ? null
            : RawBody.Problem(StatusCodes.Status401Unauthorized, $"missing or wrong '?{QueryParameter}=' in the URL (or 'Authorization: Bearer <token>' header)"));
    }
}
